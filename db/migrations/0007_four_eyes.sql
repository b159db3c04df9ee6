ALTER TABLE "claims" ADD COLUMN "pending_authors" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
-- Claims already waiting for sign-off keep their sender as their author.
UPDATE "claims" SET "pending_authors" = ARRAY["submitted_by"] WHERE "status" = 'needs_signoff' AND "submitted_by" IS NOT NULL;
