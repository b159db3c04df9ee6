ALTER TABLE "rating_scales" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
-- A scale's own words were taken to be in the newsroom's language. The default scale's are English, and so is a
-- scale that still names a verdict as the default does; a scale renamed throughout keeps what pages said of it, the
-- newsroom's language (an admin corrects either in the scale's editor).
UPDATE "rating_scales" s SET "language" = o."interface_language"
FROM "organisation" o
WHERE o."id" = 1 AND o."interface_language" <> 'en'
  AND NOT EXISTS (
    SELECT 1 FROM "verdicts" v
    WHERE v."scale_id" = s."id" AND v."scale_version" = s."current_version"
      AND v."label" IN ('False', 'Misleading', 'Missing context', 'Mostly true', 'True', 'Unproven')
  );
