CREATE TYPE "public"."showcase_answer" AS ENUM('pending', 'name', 'organisation', 'hidden', 'declined');--> statement-breakpoint
CREATE TYPE "public"."showcase_kind" AS ENUM('lesson', 'pilot');--> statement-breakpoint
CREATE TYPE "public"."showcase_status" AS ENUM('awaiting_consent', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."showcase_withdrawal" AS ENUM('consent_declined', 'consent_withdrawn', 'unpublished');--> statement-breakpoint
CREATE TABLE "showcase_credits" (
	"item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"role" text NOT NULL,
	"answer" "showcase_answer" DEFAULT 'pending' NOT NULL,
	"asked_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp (3) with time zone,
	CONSTRAINT "showcase_credits_item_id_member_id_pk" PRIMARY KEY("item_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "showcase_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "showcase_kind" NOT NULL,
	"lesson_id" uuid,
	"pilot_id" uuid,
	"status" "showcase_status" DEFAULT 'awaiting_consent' NOT NULL,
	"withdrawal" "showcase_withdrawal",
	"title" text NOT NULL,
	"sections_html" jsonb,
	"summary_source" text,
	"summary_html" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"stage" "pilot_stage",
	"programme_name" text,
	"organisations" text[] DEFAULT '{}'::text[] NOT NULL,
	"requested_by_id" uuid,
	"requested_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp (3) with time zone,
	"withdrawn_at" timestamp (3) with time zone,
	CONSTRAINT "showcase_items_slug_unique" UNIQUE("slug"),
	CONSTRAINT "showcase_items_kind" CHECK (("showcase_items"."kind" = 'lesson') = ("showcase_items"."sections_html" is not null)
          and ("showcase_items"."kind" = 'pilot') = ("showcase_items"."summary_html" is not null)),
	CONSTRAINT "showcase_items_withdrawal" CHECK (("showcase_items"."status" = 'withdrawn') = ("showcase_items"."withdrawn_at" is not null and "showcase_items"."withdrawal" is not null))
);
--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "showcase_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "network_settings" ADD COLUMN "showcase_contact" text;--> statement-breakpoint
ALTER TABLE "showcase_credits" ADD CONSTRAINT "showcase_credits_item_id_showcase_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."showcase_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_credits" ADD CONSTRAINT "showcase_credits_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_items" ADD CONSTRAINT "showcase_items_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_items" ADD CONSTRAINT "showcase_items_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "showcase_items" ADD CONSTRAINT "showcase_items_requested_by_id_members_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "showcase_credits_member_idx" ON "showcase_credits" USING btree ("member_id","answer");--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_items_lesson_live" ON "showcase_items" USING btree ("lesson_id") WHERE "showcase_items"."status" <> 'withdrawn' and "showcase_items"."lesson_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "showcase_items_pilot_live" ON "showcase_items" USING btree ("pilot_id") WHERE "showcase_items"."status" <> 'withdrawn' and "showcase_items"."pilot_id" is not null;--> statement-breakpoint
CREATE INDEX "showcase_items_published_idx" ON "showcase_items" USING btree ("published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "showcase_items"."status" = 'published';--> statement-breakpoint
CREATE INDEX "showcase_items_requested_idx" ON "showcase_items" USING btree ("requested_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);