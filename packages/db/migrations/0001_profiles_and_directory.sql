-- array_to_string is only STABLE (it handles any element type); for text[] it is immutable,
-- which a generated column needs.
CREATE FUNCTION "tags_to_text"(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_string($1, ' ');--> statement-breakpoint
CREATE TYPE "public"."contact_visibility" AS ENUM('members', 'organisers', 'nobody');--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "starts_on" date;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "handle" text;--> statement-breakpoint
UPDATE "members" SET "handle" = 'member-' || left("id"::text, 8);--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "handle" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "headline" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "organisation" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "job_title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "country" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "city" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "bio_source" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "bio_html" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "expertise" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "advice_topics" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "open_to_advise" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "links" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "phone" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "email_visibility" "contact_visibility" DEFAULT 'members' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "phone_visibility" "contact_visibility" DEFAULT 'organisers' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(name, '') || ' ' || tags_to_text(expertise) || ' ' || tags_to_text(advice_topics)), 'A') || setweight(to_tsvector('english', coalesce(headline, '') || ' ' || coalesce(organisation, '') || ' ' || coalesce(job_title, '')), 'B') || setweight(to_tsvector('english', coalesce(bio_source, '')), 'C')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "cohort_memberships_member_id_idx" ON "cohort_memberships" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_handle_key" ON "members" USING btree (lower("handle"));--> statement-breakpoint
CREATE INDEX "members_search_idx" ON "members" USING gin ("search");--> statement-breakpoint
CREATE INDEX "members_expertise_idx" ON "members" USING gin ("expertise");--> statement-breakpoint
CREATE INDEX "members_name_idx" ON "members" USING btree (lower("name"),"id");