DROP INDEX "notifications_member_idx";--> statement-breakpoint
DROP INDEX "threads_activity_idx";--> statement-breakpoint
CREATE INDEX "threads_latest_idx" ON "threads" USING btree ((("pinned_at" is not null)::int) desc,"last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "notifications_member_idx" ON "notifications" USING btree ("member_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "threads_activity_idx" ON "threads" USING btree ("last_activity_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);