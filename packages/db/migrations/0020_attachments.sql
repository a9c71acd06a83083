CREATE TYPE "public"."attachment_kind" AS ENUM('image', 'pdf');--> statement-breakpoint
CREATE TYPE "public"."attachment_owner_kind" AS ENUM('thread', 'reply', 'meetup_notes', 'message');--> statement-breakpoint
CREATE TABLE "attachment_quotas" (
	"member_id" uuid NOT NULL,
	"day" date NOT NULL,
	"files" integer DEFAULT 0 NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "attachment_quotas_member_id_day_pk" PRIMARY KEY("member_id","day")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uploader_id" uuid NOT NULL,
	"owner_kind" "attachment_owner_kind",
	"owner_id" uuid,
	"kind" "attachment_kind" NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"page_count" integer,
	"content" "bytea" NOT NULL,
	"thumbnail" "bytea",
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"attached_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "attachment_quotas" ADD CONSTRAINT "attachment_quotas_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploader_id_members_id_fk" FOREIGN KEY ("uploader_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_kind","owner_id");--> statement-breakpoint
CREATE INDEX "attachments_uploader_idx" ON "attachments" USING btree ("uploader_id","created_at");