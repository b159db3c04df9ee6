CREATE TYPE "public"."comment_kind" AS ENUM('comment', 'return');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('assigned', 'returned', 'mentioned', 'signed_off', 'due_soon');--> statement-breakpoint
CREATE TABLE "article_claim_numbers" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"article_id" uuid,
	"claim_id" uuid,
	"comment_id" uuid,
	"actor_id" uuid,
	"dedupe_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "articles"."title"), 'A') || setweight(to_tsvector('english', left("articles"."body", 300000)), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "number" integer;--> statement-breakpoint
-- Existing claims are numbered in the order they were made (then by place in the text), per article.
UPDATE "claims" SET "number" = numbered."n" FROM (
  SELECT "id", row_number() OVER (PARTITION BY "article_id" ORDER BY "created_at", "anchor_start", "id") AS "n" FROM "claims"
) AS numbered WHERE "claims"."id" = numbered."id";--> statement-breakpoint
ALTER TABLE "claims" ALTER COLUMN "number" SET NOT NULL;--> statement-breakpoint
INSERT INTO "article_claim_numbers" ("article_id", "last_number")
  SELECT "article_id", max("number") FROM "claims" GROUP BY "article_id";--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "submitted_by" uuid;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "dismissed_reason" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "claims"."statement" || ' ' || "claims"."claimant"), 'A') || setweight(to_tsvector('english', "claims"."quote"), 'B') || setweight(to_tsvector('english', "claims"."public_explanation"), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "kind" "comment_kind" DEFAULT 'comment' NOT NULL;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "article_claim_numbers" ADD CONSTRAINT "article_claim_numbers_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_unread_idx" ON "notifications" USING btree ("user_id","read_at","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_claim_idx" ON "notifications" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "notifications_article_idx" ON "notifications" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "notifications_comment_idx" ON "notifications" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "notifications_actor_idx" ON "notifications" USING btree ("actor_id");--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "audit_log_claim_idx" ON "audit_log" USING btree ((coalesce("after", "before") ->> 'claimId'));--> statement-breakpoint
CREATE UNIQUE INDEX "claims_article_number_idx" ON "claims" USING btree ("article_id","number");--> statement-breakpoint
CREATE INDEX "claims_due_on_idx" ON "claims" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "claims_submitted_by_idx" ON "claims" USING btree ("submitted_by");--> statement-breakpoint
CREATE INDEX "claims_search_idx" ON "claims" USING gin ("search");