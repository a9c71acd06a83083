CREATE TABLE "meetup_check_ins" (
	"meetup_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"checked_in_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"marked_by_id" uuid,
	CONSTRAINT "meetup_check_ins_meetup_id_member_id_pk" PRIMARY KEY("meetup_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "meetup_check_ins" ADD CONSTRAINT "meetup_check_ins_meetup_id_meetups_id_fk" FOREIGN KEY ("meetup_id") REFERENCES "public"."meetups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_check_ins" ADD CONSTRAINT "meetup_check_ins_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetup_check_ins" ADD CONSTRAINT "meetup_check_ins_marked_by_id_members_id_fk" FOREIGN KEY ("marked_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meetup_check_ins_member_idx" ON "meetup_check_ins" USING btree ("member_id");