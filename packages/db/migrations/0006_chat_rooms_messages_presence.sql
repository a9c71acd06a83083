CREATE TYPE "public"."room_kind" AS ENUM('network', 'cohort', 'meetup', 'direct');--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"change" integer NOT NULL,
	"author_id" uuid NOT NULL,
	"client_id" text NOT NULL,
	"body" text NOT NULL,
	"html" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp (3) with time zone,
	"deleted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "presence" (
	"instance_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "presence_instance_id_member_id_pk" PRIMARY KEY("instance_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "realtime_instances" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seen_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_members" (
	"room_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"read_seq" integer DEFAULT 0 NOT NULL,
	"joined_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "room_members_room_id_member_id_pk" PRIMARY KEY("room_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "room_kind" NOT NULL,
	"cohort_id" uuid,
	"meetup_id" uuid,
	"direct_key" text,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"last_change" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rooms_kind_owner" CHECK (("rooms"."kind" = 'cohort') = ("rooms"."cohort_id" is not null)
        and ("rooms"."kind" = 'meetup') = ("rooms"."meetup_id" is not null)
        and ("rooms"."kind" = 'direct') = ("rooms"."direct_key" is not null))
);
--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presence" ADD CONSTRAINT "presence_instance_id_realtime_instances_id_fk" FOREIGN KEY ("instance_id") REFERENCES "public"."realtime_instances"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "presence" ADD CONSTRAINT "presence_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_members" ADD CONSTRAINT "room_members_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_members" ADD CONSTRAINT "room_members_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooms" ADD CONSTRAINT "rooms_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "messages_room_seq_idx" ON "messages" USING btree ("room_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_room_change_idx" ON "messages" USING btree ("room_id","change");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_author_client_idx" ON "messages" USING btree ("author_id","client_id");--> statement-breakpoint
CREATE INDEX "presence_member_idx" ON "presence" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "room_members_member_idx" ON "room_members" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_network_idx" ON "rooms" USING btree ("kind") WHERE "rooms"."kind" = 'network';--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_cohort_idx" ON "rooms" USING btree ("cohort_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_meetup_idx" ON "rooms" USING btree ("meetup_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rooms_direct_key_idx" ON "rooms" USING btree ("direct_key");