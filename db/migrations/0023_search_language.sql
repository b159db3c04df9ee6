ALTER TABLE "articles" ADD COLUMN "search_config" "regconfig" DEFAULT 'english'::regconfig NOT NULL;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "search_config" "regconfig" DEFAULT 'english'::regconfig NOT NULL;--> statement-breakpoint
-- hand-written: each article is searched in its language (lib/domain/textSearchConfig.ts as it stood; an unknown
-- language stays English), its claims in their article's. Set before the vectors are rebuilt, so they are built once.
UPDATE "articles" SET "search_config" = (CASE "language" WHEN 'ar' THEN 'arabic' WHEN 'ca' THEN 'catalan' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'eu' THEN 'basque' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french' WHEN 'ga' THEN 'irish' WHEN 'hi' THEN 'hindi' WHEN 'hu' THEN 'hungarian' WHEN 'hy' THEN 'armenian' WHEN 'id' THEN 'indonesian' WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'nl' THEN 'dutch' WHEN 'no' THEN 'norwegian' WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish' ELSE 'simple' END)::regconfig
WHERE "language" IS NOT NULL;--> statement-breakpoint
UPDATE "claims" SET "search_config" = "articles"."search_config" FROM "articles"
WHERE "articles"."id" = "claims"."article_id" AND "articles"."search_config" <> 'english'::regconfig;--> statement-breakpoint
ALTER TABLE "articles" drop column "search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector("articles"."search_config", "articles"."title"), 'A') || setweight(to_tsvector("articles"."search_config", left("articles"."body", 300000)), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "claims" drop column "search";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector("claims"."search_config", "claims"."statement" || ' ' || "claims"."claimant"), 'A') || setweight(to_tsvector("claims"."search_config", "claims"."quote"), 'B') || setweight(to_tsvector("claims"."search_config", "claims"."public_explanation"), 'C')) STORED;--> statement-breakpoint
-- hand-written: dropping the columns dropped their indexes.
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "claims_search_idx" ON "claims" USING gin ("search");
