CREATE TABLE "network_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"default_locale" text DEFAULT 'en' NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_settings_one_row" CHECK (id = 1)
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "locale" text;