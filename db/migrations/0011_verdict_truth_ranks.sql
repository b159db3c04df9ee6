ALTER TABLE "verdicts" ADD COLUMN "truth_rank" integer;--> statement-breakpoint
ALTER TABLE "verdicts" ADD CONSTRAINT "verdicts_truth_rank" CHECK ("verdicts"."truth_rank" IS NULL OR "verdicts"."truth_rank" > 0);--> statement-breakpoint
-- Issue 17 point 1: ClaimReview's ratingValue was the verdict's position on the scale, so "Unproven" (6 of 6 on the
-- default scale) read as the most true. Existing scales get a place on the truth scale this way:
-- * a verdict whose name says it does not rate truth (unproven, unverified, satire, not checkable, not rated,
--   insufficient evidence, opinion…) gets none (NULL): its ClaimReview carries only its name;
-- * the other verdicts in use keep their order: 1 = least true … n = most true. On the default scale
--   (lib/domain/defaultRatingScale.ts) this gives its known ranks: False 1, Misleading 2, Missing context 3,
--   Mostly true 4, True 5, Unproven none;
-- * retired verdicts get none: retiring moved them to the end, so their place is unknown. An admin can give them one
--   in the scale editor; until then they publish no number rather than a wrong one.
UPDATE "verdicts" AS v SET "truth_rank" = ranked.rank
FROM (
  SELECT "id", row_number() OVER (PARTITION BY "scale_id", "scale_version" ORDER BY "position") AS rank
  FROM "verdicts"
  WHERE NOT "retired"
    AND lower("label") !~ '(unproven|unprovable|unverified|unverifiable|satir|not checkable|uncheckable|not rated|no rating|insufficient evidence|opinion)'
) AS ranked
WHERE v."id" = ranked."id";--> statement-breakpoint
-- Published versions keep what readers saw, but their snapshots gain the machine-readable place of each verdict (and
-- the best place of its scale version), looked up by the scale version and name they were published with. A verdict
-- that cannot be found gets none, so no number is published for it rather than a guessed one.
UPDATE "article_versions" AS av SET "snapshot" = jsonb_set(av."snapshot", '{claims}', (
  SELECT coalesce(jsonb_agg(
    jsonb_set(c.claim, '{verdict}', (c.claim -> 'verdict') || jsonb_build_object('truthRank', r.truth_rank, 'bestTruthRank', r.best))
    ORDER BY c.ord), '[]'::jsonb)
  FROM jsonb_array_elements(av."snapshot" -> 'claims') WITH ORDINALITY AS c(claim, ord)
  LEFT JOIN LATERAL (
    SELECT v."truth_rank",
      (SELECT max(w."truth_rank") FROM "verdicts" AS w WHERE w."scale_id" = v."scale_id" AND w."scale_version" = v."scale_version") AS best
    FROM "verdicts" AS v
    JOIN "articles" AS a ON a."id" = av."article_id"
    WHERE v."label" = c.claim -> 'verdict' ->> 'label'
      AND (a."rating_scale_id" IS NULL OR v."scale_id" = a."rating_scale_id")
      AND (c.claim -> 'verdict' ->> 'scaleVersion' IS NULL OR v."scale_version" = (c.claim -> 'verdict' ->> 'scaleVersion')::integer)
    ORDER BY v."scale_version" DESC
    LIMIT 1
  ) AS r ON true
))
WHERE jsonb_typeof(av."snapshot" -> 'claims') = 'array' AND jsonb_array_length(av."snapshot" -> 'claims') > 0;
