ALTER TYPE "public"."notification_kind" ADD VALUE 'verdict_changed';--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "verdict_by" uuid;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "explanation_by" uuid;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_verdict_by_users_id_fk" FOREIGN KEY ("verdict_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_explanation_by_users_id_fk" FOREIGN KEY ("explanation_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_verdict_by_idx" ON "claims" USING btree ("verdict_by");--> statement-breakpoint
CREATE INDEX "claims_explanation_by_idx" ON "claims" USING btree ("explanation_by");