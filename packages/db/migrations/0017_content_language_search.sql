-- Text search that knows the language of each text: English and French through their
-- stemmers, Bosnian, Croatian and Serbian (which PostgreSQL has no stemmer for) through the simple
-- configuration; accents folded in all of them, so that "echec" finds "échec" and "Delic" finds
-- "Delić". unaccent is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS "unaccent";--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION "praxis_english" (COPY = pg_catalog.english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "praxis_english" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION "praxis_french" (COPY = pg_catalog.french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "praxis_french" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION "praxis_simple" (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION "praxis_simple" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint
-- The configuration a text in a language (a locale of @praxis/i18n) is read with; immutable, as
-- generated columns need, and anything unknown is read the simple way.
CREATE FUNCTION "praxis_search_config"(text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE $1 WHEN 'en' THEN 'praxis_english'::regconfig WHEN 'fr' THEN 'praxis_french'::regconfig ELSE 'praxis_simple'::regconfig END;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetups" ADD COLUMN "notes_language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "bio_language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" drop column "search";--> statement-breakpoint
ALTER TABLE "replies" drop column "search";--> statement-breakpoint
ALTER TABLE "threads" drop column "search";--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('praxis_simple', coalesce(name, '') || ' ' || tags_to_text(expertise) || ' ' || tags_to_text(advice_topics)), 'A') || setweight(to_tsvector(praxis_search_config(bio_language), coalesce(headline, '') || ' ' || coalesce(organisation, '') || ' ' || coalesce(job_title, '')), 'B') || setweight(to_tsvector(praxis_search_config(bio_language), coalesce(bio_source, '')), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector(praxis_search_config(language), body_source)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(praxis_search_config(language), title) || to_tsvector('praxis_simple', tags_to_text(tags)), 'A') || setweight(to_tsvector(praxis_search_config(language), body_source || ' ' || coalesce(story_source->>'context', '') || ' ' || coalesce(story_source->>'tried', '') || ' ' || coalesce(story_source->>'happened', '') || ' ' || coalesce(story_source->>'learned', '') || ' ' || coalesce(story_source->>'differently', '')), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "members_search_idx" ON "members" USING gin ("search");--> statement-breakpoint
CREATE INDEX "replies_search_idx" ON "replies" USING gin ("search");--> statement-breakpoint
CREATE INDEX "threads_search_idx" ON "threads" USING gin ("search");
