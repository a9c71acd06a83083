CREATE TYPE "public"."agenda_kind" AS ENUM('success_story', 'failure_story', 'lesson', 'workshop', 'other');--> statement-breakpoint
CREATE TYPE "public"."agenda_status" AS ENUM('proposed', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."meetup_status" AS ENUM('proposed', 'scheduled', 'done', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."rsvp_status" AS ENUM('going', 'maybe', 'not_going', 'waitlisted');--> statement-breakpoint
CREATE TYPE "public"."vote_choice" AS ENUM('yes', 'if_need_be', 'no');--> statement-breakpoint
CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meetup_id" uuid NOT NULL,
	"speaker_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" "agenda_kind" NOT NULL,
	"minutes" integer NOT NULL,
	"thread_id" uuid,
	"status" "agenda_status" DEFAULT 'proposed' NOT NULL,
	"position" integer,
	"starts_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp (3) with time zone NOT NULL,
	"done_at" timestamp (3) with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetup_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description_source" text DEFAULT '' NOT NULL,
	"description_html" text DEFAULT '' NOT NULL,
	"cadence_months" integer DEFAULT 6 NOT NULL,
	"default_duration_minutes" integer DEFAULT 180 NOT NULL,
	"default_timezone" text DEFAULT 'Europe/Paris' NOT NULL,
	"default_venue" text DEFAULT '' NOT NULL,
	"default_online_url" text DEFAULT '' NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetup_series_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "meetup_series_cohorts" (
	"series_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	CONSTRAINT "meetup_series_cohorts_series_id_cohort_id_pk" PRIMARY KEY("series_id","cohort_id")
);
--> statement-breakpoint
CREATE TABLE "meetup_series_organisers" (
	"series_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	CONSTRAINT "meetup_series_organisers_series_id_member_id_pk" PRIMARY KEY("series_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "meetup_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meetup_id" uuid NOT NULL,
	"starts_at" timestamp (3) with time zone NOT NULL,
	"ends_at" timestamp (3) with time zone NOT NULL,
	"timezone" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetup_votes" (
	"slot_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"choice" "vote_choice" NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetup_votes_slot_id_member_id_pk" PRIMARY KEY("slot_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "meetups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"series_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description_source" text DEFAULT '' NOT NULL,
	"description_html" text DEFAULT '' NOT NULL,
	"status" "meetup_status" DEFAULT 'proposed' NOT NULL,
	"starts_at" timestamp (3) with time zone,
	"ends_at" timestamp (3) with time zone,
	"timezone" text NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"capacity" integer,
	"cancel_reason" text,
	"notes_source" text DEFAULT '' NOT NULL,
	"notes_html" text DEFAULT '' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rsvps" (
	"meetup_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" "rsvp_status" NOT NULL,
	"queued_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rsvps_meetup_id_member_id_pk" PRIMARY KEY("meetup_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "meetup_id" uuid;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_speaker_id_members_id_fk" FOREIGN KEY ("speaker_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_series" ADD CONSTRAINT "meetup_series_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_series_cohorts" ADD CONSTRAINT "meetup_series_cohorts_series_id_meetup_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meetup_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_series_cohorts" ADD CONSTRAINT "meetup_series_cohorts_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_series_organisers" ADD CONSTRAINT "meetup_series_organisers_series_id_meetup_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meetup_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_series_organisers" ADD CONSTRAINT "meetup_series_organisers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_slots" ADD CONSTRAINT "meetup_slots_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_votes" ADD CONSTRAINT "meetup_votes_slot_id_meetup_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meetup_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_votes" ADD CONSTRAINT "meetup_votes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_series_id_meetup_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meetup_series"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rsvps" ADD CONSTRAINT "rsvps_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_meetup_idx" ON "agenda_items" USING btree ("meetup_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_key_idx" ON "jobs" USING btree ("key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "meetup_slots_meetup_idx" ON "meetup_slots" USING btree ("meetup_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetups_series_idx" ON "meetups" USING btree ("series_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetups_starts_idx" ON "meetups" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "rsvps_member_idx" ON "rsvps" USING btree ("member_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;