CREATE TABLE "public_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"generation" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_state_single_row" CHECK ("public_state"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "retracted_by" uuid;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "approved" jsonb;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_retracted_by_users_id_fk" FOREIGN KEY ("retracted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
INSERT INTO "public_state" ("id", "generation") VALUES (1, 1) ON CONFLICT DO NOTHING;--> statement-breakpoint
-- What is signed off now is what was last approved.
UPDATE "claims" SET "approved" = jsonb_build_object(
  'statement', "claims"."statement",
  'claimant', "claims"."claimant",
  'quote', "claims"."quote",
  'verdictId', "claims"."verdict_id",
  'explanation', "claims"."public_explanation",
  'sources', coalesce((SELECT jsonb_agg(jsonb_build_object('url', s."url", 'title', s."title") ORDER BY s."position") FROM "claim_sources" s WHERE s."claim_id" = "claims"."id"), '[]'::jsonb),
  'signedOffAt', coalesce("claims"."signed_off_at", "claims"."updated_at"),
  'signedOffBy', "claims"."signed_off_by",
  'reviewerId', "claims"."reviewer_id"
) WHERE "claims"."status" = 'signed_off' AND "claims"."verdict_id" IS NOT NULL;
