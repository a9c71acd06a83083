ALTER TABLE "notifications" ADD COLUMN "room_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "message_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_message_idx" ON "notifications" USING btree ("message_id") WHERE "notifications"."message_id" is not null;--> statement-breakpoint
UPDATE "notifications" n SET "room_id" = r."id" FROM "rooms" r WHERE r."id"::text = n."detail"->>'roomId';--> statement-breakpoint
UPDATE "notifications" n SET "message_id" = m."id" FROM "messages" m WHERE m."id"::text = n."detail"->>'messageId';--> statement-breakpoint
DELETE FROM "notifications" WHERE "detail" ? 'roomId' AND "room_id" IS NULL;--> statement-breakpoint
UPDATE "notifications" SET "detail" = "detail" - 'roomId' - 'messageId' WHERE "detail" ?| array['roomId', 'messageId'];
