CREATE TYPE "public"."government_level" AS ENUM('local', 'regional', 'national', 'eu_international', 'outside_government');--> statement-breakpoint
CREATE TABLE "email_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"member_id" uuid NOT NULL,
	"new_email" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"used_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_changes_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "member_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text NOT NULL,
	"organisation" text NOT NULL,
	"level" "government_level" NOT NULL,
	"policy_area" text DEFAULT '' NOT NULL,
	"start_month" date NOT NULL,
	"end_month" date,
	"organisation_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('praxis_simple', coalesce(organisation, ''))) STORED NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "government_level" "government_level";--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "policy_area" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "email_changes" ADD CONSTRAINT "email_changes_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_positions" ADD CONSTRAINT "member_positions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "email_changes_member_id_idx" ON "email_changes" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "member_positions_member_idx" ON "member_positions" USING btree ("member_id","start_month");--> statement-breakpoint
CREATE INDEX "member_positions_organisation_idx" ON "member_positions" USING gin ("organisation_search");--> statement-breakpoint
CREATE INDEX "members_government_level_idx" ON "members" USING btree ("government_level");--> statement-breakpoint
CREATE INDEX "members_policy_area_idx" ON "members" USING btree ("policy_area");