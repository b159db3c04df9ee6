-- Issue 17 point 2: each published review now records when it was first published (`firstPublishedAt`, ClaimReview
-- datePublished) and when a later version last changed its verdict, explanation or statement (`modifiedAt`,
-- dateModified); publishArticle carries them from version to version (lib/domain/reviewDates.ts). Versions published
-- before get them here from the article's history, by the same rule: a claim's first date is the time of the first
-- version that carried it; it was modified by a version whose verdict label, explanation or statement differs from the
-- last version before that carried it. What readers see is unchanged. Times are written as JavaScript's toISOString.
WITH claim_versions AS (
  SELECT av."id" AS version_id, av."article_id", av."number", av."published_at", c.claim ->> 'id' AS claim_id,
    c.claim -> 'verdict' ->> 'label' AS label, c.claim ->> 'explanation' AS explanation, c.claim ->> 'statement' AS statement
  FROM "article_versions" AS av
  CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(av."snapshot" -> 'claims') = 'array' THEN av."snapshot" -> 'claims' ELSE '[]'::jsonb END) AS c(claim)
),
compared AS (
  SELECT *,
    min("published_at") OVER claim_history AS first_at,
    CASE WHEN lag("number") OVER claim_history IS NOT NULL
      AND (label IS DISTINCT FROM lag(label) OVER claim_history
        OR explanation IS DISTINCT FROM lag(explanation) OVER claim_history
        OR statement IS DISTINCT FROM lag(statement) OVER claim_history)
      THEN "published_at" END AS changed_at
  FROM claim_versions
  WINDOW claim_history AS (PARTITION BY "article_id", claim_id ORDER BY "number")
),
dated AS (
  SELECT version_id, claim_id, first_at,
    max(changed_at) OVER (PARTITION BY "article_id", claim_id ORDER BY "number" ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS modified_at
  FROM compared
)
UPDATE "article_versions" AS av SET "snapshot" = jsonb_set(av."snapshot", '{claims}', (
  SELECT coalesce(jsonb_agg(
    CASE WHEN d.claim_id IS NULL OR c.claim ? 'firstPublishedAt' THEN c.claim
    ELSE c.claim
      || jsonb_build_object('firstPublishedAt', to_char(d.first_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
      || CASE WHEN d.modified_at IS NULL THEN '{}'::jsonb
         ELSE jsonb_build_object('modifiedAt', to_char(d.modified_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) END
    END
    ORDER BY c.ord), '[]'::jsonb)
  FROM jsonb_array_elements(av."snapshot" -> 'claims') WITH ORDINALITY AS c(claim, ord)
  LEFT JOIN dated AS d ON d.version_id = av."id" AND d.claim_id = c.claim ->> 'id'
))
WHERE jsonb_typeof(av."snapshot" -> 'claims') = 'array' AND jsonb_array_length(av."snapshot" -> 'claims') > 0;
