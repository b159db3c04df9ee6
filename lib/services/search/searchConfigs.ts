import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { rowsOf, type Queryable } from "@/db/client";
import { articles } from "@/db/schema";
import { SITE_LANGUAGE } from "@/lib/domain/languages";
import { textSearchConfig } from "@/lib/domain/textSearchConfig";

// Each record is searched in its own language's text-search configuration (lib/domain/textSearchConfig.ts): a query
// is read once per configuration in use, and a row matches when its vector matches the query as its configuration
// reads it. The condition is one `search_config = c AND search @@ query_c` per configuration, ORed, so each part
// still uses the GIN index on `search` (a query built from the row's own column, `websearch_to_tsquery(search_config,
// q)`, would be computed row by row and could use no index). A newsroom writes in a few languages: a few parts. With
// one configuration in use the condition is the plain `search @@ query`: the planner keeps no statistics saying every
// row has that configuration, and the extra test made it misjudge how many rows match (a broad search cost 3 times
// the CPU on the search benchmark).

/**
 * A query as one configuration reads it: `query` to match with, `printed` as Postgres prints it (`'unemploy' & 'fell'`),
 * `tree` its part an index can look up (querytree: `'kremlin'` of `'kremlin' & !'parad'`).
 */
export type ConfigQuery = { config: string; query: SQL; printed: string; tree: string };

/**
 * The queries to run, one per configuration in which the query keeps a word; `single` when one configuration is in
 * use at all, so every row is read in it and needs no test of its configuration.
 */
export type SearchTerms = { queries: readonly ConfigQuery[]; single: boolean };

/** What the queries say about a search as a whole: a notice for one that can find nothing, else the terms to search. */
export type ReadQuery = { terms: SearchTerms; notice: null } | { terms: null; notice: "common words only" | "excluded words only" };

/**
 * `q` as each configuration of the desk's articles reads it (claims are in their article's), the site language's
 * when there are none. Configurations in which it keeps no word ("the" in English), or only excluded ones, are left
 * out. The notice says when it has only common words (in any language in use), or only excluded words.
 *
 * `searched`, when the records searched are not the desk's (readers' search reads published versions), selects their
 * configurations (`config`): the terms are then those of these configurations, and may be none; the notice is the
 * desk's still.
 */
export async function readQuery(db: Queryable, q: string, searched?: SQL): Promise<ReadQuery> {
  const parse = (config: SQL) => sql`websearch_to_tsquery(${config}, ${q})`;
  const rows = rowsOf<{ config: string; desk: boolean; searched: boolean; nodes: number | string; tree: string; text: string }>(
    await db.execute(sql`
      select c.config::text as config, bool_or(c.desk) as desk, bool_or(not c.desk) as searched,
             numnode(${parse(sql`c.config`)}) as nodes, querytree(${parse(sql`c.config`)}) as tree, ${parse(sql`c.config`)}::text as text
      from (select distinct ${articles.searchConfig} as config, true as desk from ${articles}
            union all select ${textSearchConfig(SITE_LANGUAGE)}::regconfig, true where not exists (select from ${articles})
            ${searched ? sql`union all select s.config, false from (${searched}) s` : sql``}) c
      group by c.config
      order by 1`),
  );
  const desk = rows.filter((row) => row.desk);
  // A query made only of one language's common words ("the and of", "de la") is that language's, whatever other
  // languages would make of it; "simple" has no common words, so it never says so.
  const common = (row: (typeof rows)[number]) => Number(row.nodes) === 0 && row.config !== "simple";
  if (desk.some(common) || !desk.some((row) => Number(row.nodes) > 0)) return { terms: null, notice: "common words only" };
  const inUse = searched ? rows.filter((row) => row.searched) : desk;
  const queries = (rows: typeof inUse) =>
    rows
      .filter((row) => Number(row.nodes) > 0 && row.tree !== "T")
      .map((row): ConfigQuery => ({ config: row.config, query: parse(sql`${row.config}::regconfig`), printed: row.text, tree: row.tree }));
  if (!queries(desk).length) return { terms: null, notice: "excluded words only" };
  return { terms: { queries: queries(inUse), single: inUse.length === 1 }, notice: null };
}

/**
 * Rows whose `search` vector matches the query in the row's own configuration (`config`); `pick` chooses what of
 * each configuration's query to match it with (its `query` unless said).
 */
export function matchesInOwnConfig(config: AnyPgColumn | SQL, search: AnyPgColumn | SQL, { queries, single }: SearchTerms, pick: (query: ConfigQuery) => SQL = (q) => q.query): SQL<boolean> {
  const [only] = queries;
  if (only && single) return sql<boolean>`${search} @@ ${pick(only)}`;
  const parts = queries.map((q) => sql`(${config} = ${q.config}::regconfig and ${search} @@ ${pick(q)})`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` or `)})` : sql<boolean>`false`;
}

/** `pick`'s expression for the query in the row's configuration (`config`); no CASE when one query is run. */
export function inOwnConfig<T>(config: AnyPgColumn | SQL, { queries }: SearchTerms, pick: (query: ConfigQuery) => SQL<T>): SQL<T> {
  const [only] = queries;
  if (only && queries.length === 1) return pick(only);
  return sql<T>`(case ${config} ${sql.join(queries.map((q) => sql`when ${q.config}::regconfig then ${pick(q)}`), sql` `)} end)`;
}
