-- hand-written: each claim of a published version as a search vector, in the claims' order, so readers' search matches
-- and ranks a claim by a vector made once on publishing instead of turning every claim's text into one per search
-- (lib/services/publishing/searchPublished.ts). The same text and configuration findClaims read: statement,
-- claimant, quote and explanation, in the version's search_config. A generated column may call only immutable
-- functions; to_tsvector with a named configuration is, and so is this one.
CREATE FUNCTION published_claim_vectors(config regconfig, claims jsonb) RETURNS tsvector[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(to_tsvector(config, concat_ws(' ', c->>'statement', c->>'claimant', c->>'quote', c->>'explanation')) ORDER BY n), '{}')
  FROM jsonb_array_elements(coalesce(claims, '[]'::jsonb)) WITH ORDINALITY AS e(c, n)
$$;--> statement-breakpoint
ALTER TABLE "article_versions" ADD COLUMN "claim_vectors" "tsvector"[] GENERATED ALWAYS AS (published_claim_vectors("article_versions"."search_config", "article_versions"."snapshot"->'claims')) STORED;
