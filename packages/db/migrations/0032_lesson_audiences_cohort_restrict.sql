ALTER TABLE "lesson_audiences" DROP CONSTRAINT "lesson_audiences_cohort_id_cohorts_id_fk";
--> statement-breakpoint
ALTER TABLE "lesson_audiences" ADD CONSTRAINT "lesson_audiences_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE restrict ON UPDATE no action;