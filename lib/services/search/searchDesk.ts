import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { articles, claims } from "@/db/schema";
import {
  cleanSearchQuery,
  EXCERPT_BREAK,
  hasMatch,
  MATCH_END,
  MATCH_START,
  parseHeadline,
  parseRuns,
} from "@/lib/domain/searchHighlights";
import { firstMatchPattern, restrictToWeights } from "@/lib/domain/searchQuery";
import { readableArticles } from "../articles/articleAccess";
import { inOwnConfig, matchesInOwnConfig, readQuery, type SearchTerms } from "./searchConfigs";
import { defineVerb } from "../verb";
import type { ArticleSearchHit, ClaimSearchHit, DeskSearchResult } from "./searchDto";
import { DESK_SEARCH_HITS, MAX_SEARCH_CHARACTERS, MIN_SEARCH_CHARACTERS } from "@/lib/domain/limits";
import { words, type ServiceWords } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";


/**
 * Article excerpts are made from this many characters of the text, starting a little before the first word that
 * matches. ts_headline reads all the text it is given, and headlining whole long articles would cost more than
 * the search itself.
 */
export const EXCERPT_WINDOW_CHARACTERS = 900;
const EXCERPT_LEAD_CHARACTERS = 200;
/** Quotes and explanations are excerpted from their first this many characters (most are far shorter). */
const CLAIM_EXCERPT_SOURCE_CHARACTERS = 3_000;

const TYPE_SOMETHING = said("typeSomething");

const searchSchema = z.strictObject({
  q: z
    .string(TYPE_SOMETHING)
    .transform(cleanSearchQuery)
    .pipe(
      z
        .string()
        .min(1, TYPE_SOMETHING)
        .min(MIN_SEARCH_CHARACTERS, said("typeAtLeast", { min: MIN_SEARCH_CHARACTERS }))
        .max(MAX_SEARCH_CHARACTERS, said("keepSearchUnder", { max: MAX_SEARCH_CHARACTERS })),
    ),
});

export type SearchDeskInput = z.input<typeof searchSchema>;

// ts_headline options: whole short texts (titles, statements, claimants) with every match marked, and up to two
// excerpts of longer ones (article text, quotes, explanations). Markers are described in lib/domain/searchHighlights.
const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;
const WHOLE = `${MARKS}, HighlightAll=true`;
const EXCERPTS = `${MARKS}, FragmentDelimiter=${EXCERPT_BREAK}, MaxFragments=2, MaxWords=25, MinWords=12`;

/**
 * Articles (title, text) and claims (statement, claimant, quote, public explanation) that match a query, best first,
 * with the matching words marked. Postgres full-text search, each record in its language's configuration (so
 * "mayors" finds "mayor" in English, "elecciones" finds "elección" in Spanish; searchConfigs.ts).
 * Within each group a match in the title (of a claim: its statement or claimant, then its quote) comes before a
 * match elsewhere, then by ts_rank_cd. Reviewers find only the articles they may read, and only those articles' claims.
 */
export const searchDesk = defineVerb({
  name: "searchDesk",
  permission: "desk:read",
  input: searchSchema,
  audit: [],
}, async (ctx, { q }, actor): Promise<DeskSearchResult> => {
  // A query of only very common words ("the", "of") or only excluded words ("-mayor") searches for nothing.
  const { terms, notice } = await readQuery(ctx.db, q);
  const empty = (notice: ServiceWords): DeskSearchResult => ({ query: q, articles: { total: 0, hits: [] }, claims: { total: 0, hits: [] }, notice });
  if (notice === "common words only") return empty(words("searchCommonWordsOnly", { query: q }));
  if (!terms) return empty(words("searchExcludedWordsOnly"));

  const readable = readableArticles(actor);
  const [articleHits, claimHits] = await Promise.all([findArticles(ctx.db, terms, readable), findClaims(ctx.db, terms, readable)]);
  return { query: q, articles: articleHits, claims: claimHits, notice: null };
});

type Searched = typeof articles | typeof claims;

/** Whether the words of these weights alone satisfy the query (the stored vector, without filtering it). */
function matchesWithin(table: Searched, terms: SearchTerms, weights: "A" | "AB"): SQL<boolean> {
  return inOwnConfig(table.searchConfig, terms, (query) => sql<boolean>`${table.search} @@ ${restrictToWeights(query.printed, weights)}::tsquery`);
}

function rankOf(table: Searched, terms: SearchTerms): SQL<number> {
  return inOwnConfig(table.searchConfig, terms, (query) => sql<number>`ts_rank_cd(${table.search}, ${query.query})`);
}

/** The text a headline is made from, with any of our markers already in it made spaces. */
function headlineSource(text: SQL): SQL {
  return sql`translate(${text}, ${MATCH_START + MATCH_END + EXCERPT_BREAK}, '   ')`;
}

function headline(table: Searched, text: SQL, terms: SearchTerms, options: string): SQL<string> {
  const tsquery = inOwnConfig(table.searchConfig, terms, (query) => query.query);
  return sql<string>`ts_headline(${table.searchConfig}, ${headlineSource(text)}, ${tsquery}, ${options})`;
}

async function findArticles(db: Queryable, terms: SearchTerms, readable: SQL | undefined): Promise<DeskSearchResult["articles"]> {
  const titleMatch = matchesWithin(articles, terms, "A");
  const rank = rankOf(articles, terms);
  // Where the excerpts start: a little before the first word that matches, or at the start when none is found.
  const firstMatchAt = inOwnConfig(articles.searchConfig, terms, (query) => {
    const firstMatch = firstMatchPattern(query.printed);
    return firstMatch ? sql`regexp_instr(${articles.body}, ${firstMatch}, 1, 1, 0, 'i')` : sql`1`;
  });
  const excerptSource = sql`substr(${articles.body}, greatest(1, ${firstMatchAt} - ${sql.raw(String(EXCERPT_LEAD_CHARACTERS))}), ${sql.raw(String(EXCERPT_WINDOW_CHARACTERS))})`;
  // Rank every match but read text and make headlines only for the rows shown.
  const ranked = db.$with("ranked_articles").as(
    db
      .select({
        id: sql<string>`${articles.id}`.as("ranked_id"),
        titleMatch: titleMatch.as("title_match"),
        rank: rank.as("rank"),
        total: sql<number>`count(*) over ()`.as("total"),
      })
      .from(articles)
      .where(and(matchesInOwnConfig(articles.searchConfig, articles.search, terms), readable))
      .orderBy(desc(titleMatch), desc(rank), desc(articles.updatedAt), asc(articles.id))
      .limit(DESK_SEARCH_HITS.articles),
  );
  const rows = await db
    .with(ranked)
    .select({
      id: articles.id,
      titleMatch: ranked.titleMatch,
      total: ranked.total,
      sourceOutlet: articles.sourceOutlet,
      publishedVersion: articles.publishedVersion,
      title: headline(articles, sql`${articles.title}`, terms, WHOLE),
      excerpts: headline(articles, excerptSource, terms, EXCERPTS),
    })
    .from(ranked)
    .innerJoin(articles, eq(articles.id, ranked.id))
    .orderBy(desc(ranked.titleMatch), desc(ranked.rank), desc(articles.updatedAt), asc(articles.id));
  const hits = rows.map((row): ArticleSearchHit => {
    const excerpts = parseHeadline(row.excerpts);
    const shown = hasMatch(excerpts);
    return {
      id: row.id,
      title: parseRuns(row.title),
      excerpts: shown ? excerpts : [],
      // The article matched but its title alone did not, so the text holds some of the match.
      textMatchedWithoutExcerpt: !shown && !row.titleMatch,
      sourceOutlet: row.sourceOutlet,
      publishedVersion: row.publishedVersion,
    };
  });
  return { total: Number(rows[0]?.total ?? 0), hits };
}

function claimExcerptSource(text: typeof claims.quote | typeof claims.publicExplanation): SQL {
  return sql`left(${text}, ${sql.raw(String(CLAIM_EXCERPT_SOURCE_CHARACTERS))})`;
}

async function findClaims(db: Queryable, terms: SearchTerms, readable: SQL | undefined): Promise<DeskSearchResult["claims"]> {
  const statementMatch = matchesWithin(claims, terms, "A");
  const quoteMatch = matchesWithin(claims, terms, "AB");
  const rank = rankOf(claims, terms);
  const ranked = db.$with("ranked_claims").as(
    db
      .select({
        id: sql<string>`${claims.id}`.as("ranked_id"),
        statementMatch: statementMatch.as("statement_match"),
        quoteMatch: quoteMatch.as("quote_match"),
        rank: rank.as("rank"),
        updatedAt: sql<Date>`${claims.updatedAt}`.as("ranked_updated_at"),
        total: sql<number>`count(*) over ()`.as("total"),
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(and(matchesInOwnConfig(claims.searchConfig, claims.search, terms), readable))
      .orderBy(desc(statementMatch), desc(quoteMatch), desc(rank), desc(claims.updatedAt), asc(claims.id))
      .limit(DESK_SEARCH_HITS.claims),
  );
  const rows = await db
    .with(ranked)
    .select({
      id: claims.id,
      articleId: claims.articleId,
      articleTitle: articles.title,
      number: claims.number,
      status: claims.status,
      total: ranked.total,
      statement: headline(claims, sql`${claims.statement}`, terms, WHOLE),
      claimant: headline(claims, sql`${claims.claimant}`, terms, WHOLE),
      // Most statements are the quote as it stands: then the statement shows it already.
      quote: sql<string | null>`case when ${claims.quote} <> ${claims.statement} then ${headline(claims, claimExcerptSource(claims.quote), terms, EXCERPTS)} end`,
      explanation: headline(claims, claimExcerptSource(claims.publicExplanation), terms, EXCERPTS),
    })
    .from(ranked)
    .innerJoin(claims, eq(claims.id, ranked.id))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .orderBy(desc(ranked.statementMatch), desc(ranked.quoteMatch), desc(ranked.rank), desc(ranked.updatedAt), asc(claims.id));
  const hits = rows.map((row): ClaimSearchHit => {
    const quote = parseHeadline(row.quote ?? "");
    const explanation = parseHeadline(row.explanation);
    return {
      id: row.id,
      articleId: row.articleId,
      articleTitle: row.articleTitle,
      number: row.number,
      status: row.status,
      statement: parseRuns(row.statement),
      claimant: parseRuns(row.claimant),
      quote: hasMatch(quote) ? quote : null,
      explanation: hasMatch(explanation) ? explanation : null,
    };
  });
  return { total: Number(rows[0]?.total ?? 0), hits };
}
