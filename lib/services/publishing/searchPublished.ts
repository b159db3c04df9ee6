import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { rowsOf, type Queryable } from "@/db/client";
import { words, type ServiceWords } from "@/lib/core/serviceWords";
import { issueWords, said } from "@/lib/core/zodWords";
import { articles, articleVersions, ratingScales, verdicts } from "@/db/schema";
import { SEARCHED_BODY_CHARACTERS } from "@/db/schema/columns";
import { claimAnchor } from "@/lib/domain/claimAnchors";
import type { PublishedClaim } from "@/lib/domain/publishedSnapshot";
import { cleanSearchQuery } from "@/lib/domain/searchHighlights";
import { NEWSROOM_SCALE_ID } from "../ratingScales/scaleRows";
import { configOfLanguage, readQuery } from "../search/searchConfigs";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import type { PublicArticleHit, PublicClaimHit, PublicSearchResult } from "./publicSearchDto";
import { chosenVerdict, verdictChoices, type VerdictChoice } from "@/lib/domain/verdictChoices";
import { MAX_SEARCH_CHARACTERS, PUBLIC_SEARCH_HITS } from "@/lib/domain/limits";

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .max(10_000, tooLong)
    .optional()
    .transform((value) => cleanSearchQuery(value ?? ""))
    .pipe(z.string().max(max, tooLong));

const searchQuery = z.strictObject({
  q: optionalText(MAX_SEARCH_CHARACTERS, said("keepSearchUnder", { max: MAX_SEARCH_CHARACTERS })),
  verdict: optionalText(100, said("chooseVerdictList")),
});

export type SearchPublishedInput = z.input<typeof searchQuery>;

/**
 * Readers' search: claims (statement, claimant, quoted words, explanation) and articles (title, text) of the latest
 * published version of every article not retracted, optionally only claims given one verdict, in whatever language
 * its label was published (and articles with such a claim; lib/domain/verdictChoices.ts). Postgres full-text search,
 * each version in its language's configuration (that of the language it was published in, else its article's;
 * lib/services/search/searchConfigs.ts), best match first. It reads nothing but
 * published snapshots, so drafts, internal notes and older versions cannot match. Bad input is answered with a
 * notice, never an error. Public.
 */
export const searchPublished = defineVerb({
  name: "searchPublished",
  permission: "public",
  input: safeParsed(searchQuery.prefault({})),
  audit: [],
  reads: "published",
}, async (ctx, parsed): Promise<PublicSearchResult> => {
  const choices = verdictChoices(await listVerdictsOfClaims(ctx.db));
  const verdictOptions = choices.map((choice) => choice.label);
  const result = (query: string, verdict: string | null, notice: ServiceWords | null): PublicSearchResult => ({
    query,
    verdict,
    verdictOptions,
    notice,
    claims: { total: 0, hits: [] },
    articles: { total: 0, hits: [] },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return result("", null, issue ? issueWords(issue) : words("typeSomething"));
  }
  const { q } = parsed.data;
  const asked = parsed.data.verdict || null;
  if (!q && !asked) return result("", null, words("searchTypeOrPickVerdict"));
  const chosen = asked ? chosenVerdict(choices, asked) : null;
  // A verdict no published claim has matches nothing (and needs no query to say so).
  if (asked && !chosen) return result(q, asked, null);
  const verdict = chosen?.label ?? null;

  let query: SQL | null = null;
  if (q) {
    // Whether any language in use keeps a word of it; each version then reads it in its own (`live.config`).
    if ((await readQuery(ctx.db, q)).notice) {
      return result(q, verdict, words("searchCommonWordsOnly", { query: q }));
    }
    query = sql`websearch_to_tsquery(live.config, ${q})`;
  }
  const [claimHits, articleHits] = await Promise.all([findClaims(ctx.db, query, chosen), findArticles(ctx.db, query, chosen)]);
  return { ...result(q, verdict, null), claims: claimHits, articles: articleHits };
});

// Why no stored index: the searchable text is the latest snapshot of each live article, which publishing replaces
// as a whole. Rather than keep a second copy (a tsvector column that a migration, publishing and retraction must
// all maintain), each search reads exactly one snapshot per live article, reaching it through the articles'
// published_version and the unique (article_id, number) index, so the work grows with the number of published
// articles, never with versions or drafts. A newsroom's few thousand fact-checks search in milliseconds; results
// are capped. Should the archive grow far beyond that, a tsvector column on article_versions with a GIN index is
// the next step. Each version is read in its own language's configuration (`config`), the query too.
function liveVersions(): SQL {
  return sql`
    select a.slug, v.title, v.body, v.number, v.published_at, v.snapshot, v.snapshot->>'language' as language,
           ${configOfLanguage(sql`v.snapshot->>'language'`, sql`a.search_config`)} as config
    from ${articles} a
    join ${articleVersions} v on v.article_id = a.id and v.number = a.published_version
    where a.retracted_at is null`;
}

// When a review was checked, as a hit says it: its last change, else its first publication, else its version's time.
const CHECKED_AT = sql`coalesce((c.claim->>'modifiedAt')::timestamptz, (c.claim->>'firstPublishedAt')::timestamptz, live.published_at)`;

async function findClaims(db: Queryable, query: SQL | null, verdict: VerdictChoice | null): Promise<PublicSearchResult["claims"]> {
  const document = sql`to_tsvector(live.config, concat_ws(' ', c.claim->>'statement', c.claim->>'claimant', c.claim->>'quote', c.claim->>'explanation'))`;
  const rows = rowsOf<{ slug: string; title: string; language: string | null; published_at: Date | string; position: number | string; claim: PublishedClaim | string; total: number | string }>(
    await db.execute(sql`
      with live as (${liveVersions()})
      select live.slug, live.title, live.language, live.published_at, c.position, c.claim, count(*) over () as total
      from live cross join lateral jsonb_array_elements(live.snapshot->'claims') with ordinality as c(claim, position)
      where ${query ? sql`${document} @@ ${query}` : sql`true`}
        and ${verdict ? isOneOf(verdictKey(sql`c.claim->'verdict'`), verdict.keys) : sql`true`}
      order by ${query ? sql`ts_rank(${document}, ${query}) desc,` : sql``} ${CHECKED_AT} desc, c.position
      limit ${PUBLIC_SEARCH_HITS.claims}`),
  );
  const hits: PublicClaimHit[] = rows.map((row) => {
    const claim = (typeof row.claim === "string" ? JSON.parse(row.claim) : row.claim) as PublishedClaim;
    return {
      slug: row.slug,
      articleTitle: row.title,
      language: row.language,
      claimNumber: Number(row.position),
      anchor: claimAnchor(claim.id),
      statement: claim.statement,
      claimant: claim.claimant,
      quote: claim.quote,
      verdict: { label: claim.verdict.label, colour: claim.verdict.colour, ...(claim.verdict.language ? { language: claim.verdict.language } : {}) },
      // When the review was checked: its last change, else its first publication, not its version's (a typo fix).
      publishedAt: new Date(claim.modifiedAt ?? claim.firstPublishedAt ?? row.published_at),
    };
  });
  return { total: Number(rows[0]?.total ?? 0), hits };
}

async function findArticles(db: Queryable, query: SQL | null, verdict: VerdictChoice | null): Promise<PublicSearchResult["articles"]> {
  // With only a verdict, the claims are the answer: listing every article that has one would repeat them.
  if (!query) return { total: 0, hits: [] };
  // The text's first SEARCHED_BODY_CHARACTERS, as the desk searches it: a whole 1,000,000-character text of distinct
  // words (a table of figures) makes a tsvector over Postgres's 1 MB, and that error failed every reader's search.
  const document = sql`to_tsvector(live.config, live.title || ' ' || left(live.body, ${sql.raw(String(SEARCHED_BODY_CHARACTERS))}))`;
  const rows = rowsOf<{ slug: string; title: string; language: string | null; number: number | string; published_at: Date | string; claim_count: number | string; total: number | string }>(
    await db.execute(sql`
      with live as (${liveVersions()})
      select live.slug, live.title, live.language, live.number, live.published_at, jsonb_array_length(live.snapshot->'claims') as claim_count,
             count(*) over () as total
      from live
      where ${document} @@ ${query}
        and ${verdict ? sql`exists (select 1 from jsonb_array_elements(live.snapshot->'claims') c where ${isOneOf(verdictKey(sql`c->'verdict'`), verdict.keys)})` : sql`true`}
      order by ts_rank(${document}, ${query}) desc, live.published_at desc
      limit ${PUBLIC_SEARCH_HITS.articles}`),
  );
  const hits: PublicArticleHit[] = rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    language: row.language,
    number: Number(row.number),
    publishedAt: new Date(row.published_at),
    claimCount: Number(row.claim_count),
  }));
  return { total: Number(rows[0]?.total ?? 0), hits };
}

/**
 * What identifies a published verdict across scale versions and languages: its lineage; for versions published before
 * lineages were recorded, the lineage of the verdict at its scale version and place (as lib/domain/verdictChange.ts
 * compares them); failing both, its label.
 */
function verdictKey(verdict: SQL): SQL {
  return sql`coalesce(
    ${verdict}->>'lineageId',
    (select v.lineage_id::text from ${verdicts} v
      where v.scale_id = ${NEWSROOM_SCALE_ID}
        and v.scale_version = (${verdict}->>'scaleVersion')::int and v.position = (${verdict}->>'position')::int),
    'label:' || (${verdict}->>'label'))`;
}

function isOneOf(key: SQL, keys: readonly string[]): SQL {
  return sql`${key} in (${sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  )})`;
}

/** Each verdict some live published claim has, with the words the newsroom and readers have named it by. */
async function listVerdictsOfClaims(db: Queryable): Promise<VerdictChoice[]> {
  const rows = rowsOf<{ key: string; current_label: string | null; current_position: number | string | null; own_label: string | null; any_label: string; position: number | string; names: string[] | string }>(
    await db.execute(sql`
      with live as (${liveVersions()}),
      rated as (
        select c->'verdict' as verdict, ${verdictKey(sql`c->'verdict'`)} as key, live.published_at
        from live cross join lateral jsonb_array_elements(live.snapshot->'claims') c
      ),
      current_scale as (
        select v.lineage_id::text as key, v.label, v.position
        from ${verdicts} v join ${ratingScales} s on s.id = v.scale_id and v.scale_version = s.current_version
        where s.id = ${NEWSROOM_SCALE_ID}
      )
      select rated.key, cur.label as current_label, cur.position as current_position,
             (array_agg(rated.verdict->>'label' order by rated.published_at desc) filter (where rated.verdict->>'language' is null))[1] as own_label,
             (array_agg(rated.verdict->>'label' order by rated.published_at desc))[1] as any_label,
             min((rated.verdict->>'position')::int) as position,
             jsonb_agg(distinct rated.verdict->>'label') || coalesce((select jsonb_agg(distinct v.label) from ${verdicts} v where v.lineage_id::text = rated.key), '[]'::jsonb) as names
      from rated left join current_scale cur on cur.key = rated.key
      group by rated.key, cur.label, cur.position`),
  );
  return rows.map((row) => ({
    keys: [row.key],
    label: row.current_label ?? row.own_label ?? row.any_label,
    position: Number(row.current_position ?? row.position),
    names: typeof row.names === "string" ? (JSON.parse(row.names) as string[]) : row.names,
  }));
}
