CREATE TABLE "realtime_spill" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "realtime_spill_created_at_idx" ON "realtime_spill" USING btree ("created_at");