ALTER TABLE "meetups" ADD COLUMN "check_in_token" text;--> statement-breakpoint
ALTER TABLE "meetups" ADD CONSTRAINT "meetups_checkInToken_unique" UNIQUE("check_in_token");