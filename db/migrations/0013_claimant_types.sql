CREATE TYPE "public"."claimant_type" AS ENUM('person', 'organization');--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "claimant_type" "claimant_type";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "appearance_url" text;--> statement-breakpoint
-- Issue 17 point 3: the claimant's type was guessed from a word list at publication ("The Daily Wire" came out as a
-- Person). It is now asked in the desk. Existing claims: a claimant that is the article's own outlet is an
-- organisation (an outlet always is); every other claimant stays unknown (NULL) rather than guessed, until someone
-- chooses in the claim's details, and its ClaimReview names it without a type meanwhile.
UPDATE "claims" AS c SET "claimant_type" = 'organization'
FROM "articles" AS a
WHERE c."article_id" = a."id"
  AND btrim(c."claimant") <> ''
  AND lower(btrim(c."claimant")) = lower(btrim(coalesce(a."source_outlet", '')));
