CREATE INDEX "message_reactions_created_idx" ON "message_reactions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "messages_created_idx" ON "messages" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "helpful_marks_created_idx" ON "helpful_marks" USING btree ("created_at");