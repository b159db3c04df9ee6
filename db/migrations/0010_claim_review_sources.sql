CREATE TYPE "public"."fact_check_source_kind" AS ENUM('claimreview', 'factdesk_api', 'feed');--> statement-breakpoint
CREATE TABLE "fact_check_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"kind" "fact_check_source_kind",
	"every_hours" integer,
	"next_read_at" timestamp with time zone,
	"reading_until" timestamp with time zone,
	"last_read_at" timestamp with time zone,
	"last_succeeded_at" timestamp with time zone,
	"last_outcome" jsonb,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fact_check_sources_every_hours" CHECK ("fact_check_sources"."every_hours" IS NULL OR "fact_check_sources"."every_hours" > 0)
);
--> statement-breakpoint
DROP INDEX "fact_checks_url_idx";--> statement-breakpoint
ALTER TABLE "fact_checks" ADD COLUMN "claim_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "fact_check_sources" ADD CONSTRAINT "fact_check_sources_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fact_check_sources_url_idx" ON "fact_check_sources" USING btree ("url");--> statement-breakpoint
CREATE INDEX "fact_check_sources_next_read_at_idx" ON "fact_check_sources" USING btree ("next_read_at");--> statement-breakpoint
CREATE INDEX "fact_check_sources_added_by_idx" ON "fact_check_sources" USING btree ("added_by");--> statement-breakpoint
CREATE UNIQUE INDEX "fact_checks_url_claim_key_idx" ON "fact_checks" USING btree ("url","claim_key");