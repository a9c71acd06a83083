ALTER TABLE "network_settings" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "public_url" text;--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "accent_colour" text;--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "logo" "bytea";--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "logo_version" text;--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "chat_retention_months" smallint;--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "notification_retention_months" smallint;