CREATE TYPE "public"."mail_mode" AS ENUM('never', 'digest');--> statement-breakpoint
ALTER TABLE "mail_opt_outs" ADD COLUMN "mode" "mail_mode" DEFAULT 'never' NOT NULL;