// The newsroom's one-row records: its public details, and the generation number public caches compare.
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns";
import { users } from "./users";

export const organisation = pgTable(
  "organisation",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull(),
    url: text("url"),
    description: text("description"),
    contactEmail: text("contact_email"),
    logoUrl: text("logo_url"),
    /** How the newsroom checks claims (Markdown), on the public /about page. */
    methodology: text("methodology"),
    /** How the newsroom corrects its mistakes (Markdown), at the top of the public /corrections page. */
    correctionsPolicy: text("corrections_policy"),
    /** The language of the public pages' own words, and of staff pages for whom neither they nor their browser choose one. */
    interfaceLanguage: text("interface_language").notNull().default("en"),
    updatedAt: updatedAt(),
    updatedBy: uuid("updated_by").references(() => users.id),
  },
  (t) => [check("organisation_single_row", sql`${t.id} = 1`), index("organisation_updated_by_idx").on(t.updatedBy)],
);

/**
 * One row: a number every change of what readers see bumps (publish, retract, organisation details), so a cache
 * of public pages in any instance can tell it is stale with one indexed read.
 */
export const publicState = pgTable(
  "public_state",
  {
    id: integer("id").primaryKey().default(1),
    generation: bigint("generation", { mode: "number" }).notNull().default(1),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Moved by every import into the "checked before?" archive (publishing moves `generation`). */
    archiveGeneration: bigint("archive_generation", { mode: "number" }).notNull().default(1),
  },
  (t) => [check("public_state_single_row", sql`${t.id} = 1`)],
);
