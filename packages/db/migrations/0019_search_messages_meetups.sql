ALTER TABLE "messages" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector(praxis_search_config(language), body)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "meetups" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('praxis_simple', title), 'A') || setweight(to_tsvector('praxis_simple', description_source || ' ' || venue), 'B')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "messages_search_idx" ON "messages" USING gin ("search");--> statement-breakpoint
CREATE INDEX "meetups_search_idx" ON "meetups" USING gin ("search");