CREATE TYPE "public"."track_kind" AS ENUM('training', 'policy_lab', 'train_the_trainers', 'other');--> statement-breakpoint
CREATE TYPE "public"."lesson_consent" AS ENUM('not_asked', 'pending', 'agreed', 'declined');--> statement-breakpoint
CREATE TYPE "public"."lesson_status" AS ENUM('draft', 'in_review', 'published');--> statement-breakpoint
CREATE TYPE "public"."pilot_stage" AS ENUM('idea', 'concept', 'pilot', 'scaled', 'stopped');--> statement-breakpoint
CREATE TYPE "public"."pilot_visibility" AS ENUM('network', 'cohort');--> statement-breakpoint
CREATE TABLE "cohort_tracks" (
	"cohort_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	CONSTRAINT "cohort_tracks_cohort_id_track_id_pk" PRIMARY KEY("cohort_id","track_id")
);
--> statement-breakpoint
CREATE TABLE "programme_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" "track_kind" NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_tracks_name" UNIQUE("programme_id","name")
);
--> statement-breakpoint
CREATE TABLE "lesson_audiences" (
	"lesson_id" uuid NOT NULL,
	"cohort_id" uuid NOT NULL,
	CONSTRAINT "lesson_audiences_lesson_id_cohort_id_pk" PRIMARY KEY("lesson_id","cohort_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_authors" (
	"lesson_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"added_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_authors_lesson_id_member_id_pk" PRIMARY KEY("lesson_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_helpful_marks" (
	"lesson_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_helpful_marks_lesson_id_member_id_pk" PRIMARY KEY("lesson_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "lesson_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lesson_id" uuid NOT NULL,
	"thread_id" uuid,
	"reply_id" uuid,
	"meetup_id" uuid,
	"agenda_item_id" uuid,
	"author_id" uuid,
	"consent" "lesson_consent" DEFAULT 'pending' NOT NULL,
	"widened" boolean DEFAULT false NOT NULL,
	"asked_at" timestamp (3) with time zone,
	"answered_at" timestamp (3) with time zone,
	"added_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_sources_one_source" CHECK (("lesson_sources"."thread_id" is not null) <> ("lesson_sources"."meetup_id" is not null)
          and ("lesson_sources"."reply_id" is null or "lesson_sources"."thread_id" is not null)
          and ("lesson_sources"."agenda_item_id" is null or "lesson_sources"."meetup_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"sections_source" jsonb NOT NULL,
	"sections_html" jsonb NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"programme_id" uuid,
	"cohort_id" uuid,
	"stage" "pilot_stage",
	"status" "lesson_status" DEFAULT 'draft' NOT NULL,
	"translation_of_id" uuid,
	"created_by_id" uuid,
	"helpful_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp (3) with time zone,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(praxis_search_config(language), title) || to_tsvector('praxis_simple', tags_to_text(tags)), 'A') || setweight(to_tsvector(praxis_search_config(language), coalesce(sections_source->>'problem', '') || ' ' || coalesce(sections_source->>'tried', '') || ' ' || coalesce(sections_source->>'evidence', '') || ' ' || coalesce(sections_source->>'caveats', '') || ' ' || coalesce(sections_source->>'useWhen', '')), 'B')) STORED NOT NULL,
	CONSTRAINT "lessons_published_at" CHECK (("lessons"."status" = 'published') = ("lessons"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "pilot_followers" (
	"pilot_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilot_followers_pilot_id_member_id_pk" PRIMARY KEY("pilot_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "pilot_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pilot_id" uuid NOT NULL,
	"thread_id" uuid,
	"lesson_id" uuid,
	"agenda_item_id" uuid,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilot_links_once" UNIQUE NULLS NOT DISTINCT("pilot_id","thread_id","lesson_id","agenda_item_id"),
	CONSTRAINT "pilot_links_one_target" CHECK (num_nonnulls("pilot_links"."thread_id", "pilot_links"."lesson_id", "pilot_links"."agenda_item_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "pilot_team" (
	"pilot_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"joined_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilot_team_pilot_id_member_id_pk" PRIMARY KEY("pilot_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "pilot_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pilot_id" uuid NOT NULL,
	"author_id" uuid,
	"body_source" text DEFAULT '' NOT NULL,
	"body_html" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"stage_from" "pilot_stage",
	"stage_to" "pilot_stage",
	"happened_on" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "pilots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"summary_source" text DEFAULT '' NOT NULL,
	"summary_html" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"programme_id" uuid,
	"track_id" uuid,
	"cohort_id" uuid,
	"visibility" "pilot_visibility" DEFAULT 'network' NOT NULL,
	"organisations" text[] DEFAULT '{}'::text[] NOT NULL,
	"stage" "pilot_stage" DEFAULT 'idea' NOT NULL,
	"stop_reason" text,
	"starts_on" date,
	"ends_on" date,
	"stage_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilots_stop_reason" CHECK (("pilots"."stage" = 'stopped') = ("pilots"."stop_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "lesson_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "pilot_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "pilot_update_id" uuid;--> statement-breakpoint
ALTER TABLE "cohort_tracks" ADD CONSTRAINT "cohort_tracks_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_tracks" ADD CONSTRAINT "cohort_tracks_track_id_programme_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."programme_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_tracks" ADD CONSTRAINT "programme_tracks_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_audiences" ADD CONSTRAINT "lesson_audiences_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_audiences" ADD CONSTRAINT "lesson_audiences_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_authors" ADD CONSTRAINT "lesson_authors_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_authors" ADD CONSTRAINT "lesson_authors_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_helpful_marks" ADD CONSTRAINT "lesson_helpful_marks_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_helpful_marks" ADD CONSTRAINT "lesson_helpful_marks_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_sources" ADD CONSTRAINT "lesson_sources_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_sources" ADD CONSTRAINT "lesson_sources_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_sources" ADD CONSTRAINT "lesson_sources_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_sources" ADD CONSTRAINT "lesson_sources_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_sources" ADD CONSTRAINT "lesson_sources_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lesson_sources" ADD CONSTRAINT "lesson_sources_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_translation_of_id_lessons_id_fk" FOREIGN KEY ("translation_of_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_followers" ADD CONSTRAINT "pilot_followers_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_followers" ADD CONSTRAINT "pilot_followers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_links" ADD CONSTRAINT "pilot_links_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_links" ADD CONSTRAINT "pilot_links_thread_id_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_links" ADD CONSTRAINT "pilot_links_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_links" ADD CONSTRAINT "pilot_links_agenda_item_id_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_links" ADD CONSTRAINT "pilot_links_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_team" ADD CONSTRAINT "pilot_team_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_team" ADD CONSTRAINT "pilot_team_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_updates" ADD CONSTRAINT "pilot_updates_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_updates" ADD CONSTRAINT "pilot_updates_author_id_members_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_track_id_programme_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."programme_tracks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_created_by_id_members_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_tracks_track_idx" ON "cohort_tracks" USING btree ("track_id");--> statement-breakpoint
CREATE INDEX "lesson_audiences_cohort_idx" ON "lesson_audiences" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "lesson_authors_member_idx" ON "lesson_authors" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "lesson_helpful_marks_member_idx" ON "lesson_helpful_marks" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "lesson_sources_lesson_idx" ON "lesson_sources" USING btree ("lesson_id");--> statement-breakpoint
CREATE INDEX "lesson_sources_thread_idx" ON "lesson_sources" USING btree ("thread_id") WHERE "lesson_sources"."thread_id" is not null;--> statement-breakpoint
CREATE INDEX "lesson_sources_meetup_idx" ON "lesson_sources" USING btree ("meetup_id") WHERE "lesson_sources"."meetup_id" is not null;--> statement-breakpoint
CREATE INDEX "lesson_sources_author_idx" ON "lesson_sources" USING btree ("author_id","consent") WHERE "lesson_sources"."author_id" is not null;--> statement-breakpoint
CREATE INDEX "lessons_published_idx" ON "lessons" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "lessons"."status" = 'published';--> statement-breakpoint
CREATE INDEX "lessons_helpful_idx" ON "lessons" USING btree ("helpful_count" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "lessons"."status" = 'published';--> statement-breakpoint
CREATE INDEX "lessons_translation_idx" ON "lessons" USING btree ("translation_of_id") WHERE "lessons"."translation_of_id" is not null;--> statement-breakpoint
CREATE INDEX "lessons_tags_idx" ON "lessons" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "lessons_search_idx" ON "lessons" USING gin ("search");--> statement-breakpoint
CREATE INDEX "pilot_followers_member_idx" ON "pilot_followers" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "pilot_links_thread_idx" ON "pilot_links" USING btree ("thread_id") WHERE "pilot_links"."thread_id" is not null;--> statement-breakpoint
CREATE INDEX "pilot_links_lesson_idx" ON "pilot_links" USING btree ("lesson_id") WHERE "pilot_links"."lesson_id" is not null;--> statement-breakpoint
CREATE INDEX "pilot_links_agenda_idx" ON "pilot_links" USING btree ("agenda_item_id") WHERE "pilot_links"."agenda_item_id" is not null;--> statement-breakpoint
CREATE INDEX "pilot_team_member_idx" ON "pilot_team" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "pilot_updates_pilot_idx" ON "pilot_updates" USING btree ("pilot_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "pilot_updates_author_idx" ON "pilot_updates" USING btree ("author_id","created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "pilot_updates_created_idx" ON "pilot_updates" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "pilots_programme_idx" ON "pilots" USING btree ("programme_id","stage");--> statement-breakpoint
CREATE INDEX "pilots_cohort_idx" ON "pilots" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "pilots_updated_idx" ON "pilots" USING btree ("updated_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_pilot_update_id_pilot_updates_id_fk" FOREIGN KEY ("pilot_update_id") REFERENCES "public"."pilot_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_lesson_idx" ON "notifications" USING btree ("lesson_id") WHERE "notifications"."lesson_id" is not null;--> statement-breakpoint
CREATE INDEX "notifications_pilot_idx" ON "notifications" USING btree ("pilot_id") WHERE "notifications"."pilot_id" is not null;