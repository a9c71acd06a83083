ALTER TABLE "meetups" ADD COLUMN "notes_off_record" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "anonymous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "anonymous_cohort_id" uuid;--> statement-breakpoint
ALTER TABLE "replies" ADD COLUMN "off_record" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "anonymous" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "anonymous_cohort_id" uuid;--> statement-breakpoint
ALTER TABLE "threads" ADD COLUMN "off_record" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_anonymous_cohort_id_cohorts_id_fk" FOREIGN KEY ("anonymous_cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threads" ADD CONSTRAINT "threads_anonymous_cohort_id_cohorts_id_fk" FOREIGN KEY ("anonymous_cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE set null ON UPDATE no action;