CREATE TABLE "article_retractions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"retracted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retracted_by" uuid
);
--> statement-breakpoint
ALTER TABLE "article_retractions" ADD CONSTRAINT "article_retractions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_retractions" ADD CONSTRAINT "article_retractions_retracted_by_users_id_fk" FOREIGN KEY ("retracted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_retractions_article_idx" ON "article_retractions" USING btree ("article_id","retracted_at");--> statement-breakpoint
CREATE INDEX "article_retractions_retracted_at_idx" ON "article_retractions" USING btree ("retracted_at");--> statement-breakpoint
CREATE INDEX "article_retractions_retracted_by_idx" ON "article_retractions" USING btree ("retracted_by");--> statement-breakpoint
-- hand-written:
-- Articles retracted before this table existed keep their retraction on the public record.
INSERT INTO "article_retractions" ("article_id", "version", "reason", "retracted_at", "retracted_by")
SELECT "id", "published_version", coalesce("retraction_reason", ''), "retracted_at", "retracted_by"
FROM "articles"
WHERE "retracted_at" IS NOT NULL AND "published_version" IS NOT NULL;
