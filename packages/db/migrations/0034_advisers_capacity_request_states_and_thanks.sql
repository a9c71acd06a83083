CREATE TABLE "adviser_settings" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"monthly_capacity" integer,
	"away_until" date,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adviser_settings_capacity_check" CHECK ("adviser_settings"."monthly_capacity" is null or "adviser_settings"."monthly_capacity" between 0 and 50)
);
--> statement-breakpoint
DROP INDEX "advice_requests_member_idx";--> statement-breakpoint
ALTER TABLE "advice_requests" ADD COLUMN "state" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD COLUMN "answered_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD COLUMN "done_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD COLUMN "expires_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD COLUMN "reminded_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD COLUMN "helped" boolean;--> statement-breakpoint
ALTER TABLE "advice_requests" ADD COLUMN "helped_answered_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "adviser_settings" ADD CONSTRAINT "adviser_settings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "advice_requests_asked_by_idx" ON "advice_requests" USING btree ("asked_by_id");--> statement-breakpoint
CREATE INDEX "advice_requests_member_idx" ON "advice_requests" USING btree ("member_id","created_at");--> statement-breakpoint
ALTER TABLE "advice_requests" ADD CONSTRAINT "advice_requests_state_check" CHECK ("advice_requests"."state" in ('pending', 'accepted', 'declined', 'done', 'expired'));--> statement-breakpoint
UPDATE "advice_requests" AS a SET "state" = 'done', "answered_at" = a."created_at", "done_at" = now()
 WHERE EXISTS (SELECT 1 FROM "replies" r WHERE r."thread_id" = a."thread_id" AND r."author_id" = a."member_id" AND r."created_at" >= a."created_at");--> statement-breakpoint
UPDATE "advice_requests" SET "expires_at" = greatest("created_at", now()) + interval '14 days' WHERE "state" = 'pending';
