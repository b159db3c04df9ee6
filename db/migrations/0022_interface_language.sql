ALTER TABLE "users" ADD COLUMN "interface_language" text;--> statement-breakpoint
ALTER TABLE "organisation" ADD COLUMN "interface_language" text DEFAULT 'en' NOT NULL;