import { randomUUID } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, test } from "vitest";
import { getDb, rowsOf } from "@/db/client";
import { articles, articleVersions } from "@/db/schema";
import { INDEXED_CLAIMS_BYTES } from "@/db/schema/columns";
import { ARTICLE_LANGUAGES } from "@/lib/domain/languages";
import { textSearchConfig } from "@/lib/domain/textSearchConfig";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { updateArticleDetails } from "@/lib/services/articles/updateArticleDetails";
import { articleMatches, claimsMayMatch, searchPublished } from "@/lib/services/publishing/searchPublished";
import { readQuery, type SearchTerms } from "@/lib/services/search/searchConfigs";
import { anonymousCtx, makeUser, publishAsShown, signedOffClaim, SPANISH_BODY, type ActorContext } from "./factories";
import { migrationUpdates } from "./migrationUpdates";

// Readers' search finds versions through stored vectors (article_versions.search and .claims_search) and their GIN
// indexes, never by turning every live text into a vector on each query. Runs on whichever driver the run uses.
// Each test names its records with a word of its own, as tests run in random order on one database.

const uniqueWord = () => `zq${randomUUID().replace(/[^a-f]/g, "").slice(0, 10)}`;
const claimSlugs = (found: Awaited<ReturnType<typeof searchPublished>>) => found.claims.hits.map((hit) => hit.slug);

/** An English article whose sentences are each a claim (statement as given, else the sentence), published. */
async function publishedWithClaims(editor: ActorContext, approver: ActorContext, title: string, sentences: string[], statements: (string | undefined)[] = []) {
  const body = sentences.join("\n");
  const article = await createArticle(editor, { title, body, language: "en" });
  for (const [i, sentence] of sentences.entries()) {
    const statement = statements[i];
    await signedOffClaim(editor, approver, article.id, sentence, { body, ...(statement ? { statement } : {}) });
  }
  await publishAsShown(editor, article.id);
  return article;
}

/** The plan nodes of `query`, flattened, with sequential scans forbidden (few rows make them cheapest). */
async function planNodes(query: SQL): Promise<Record<string, unknown>[]> {
  const db = await getDb();
  const plan = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    return rowsOf<{ "QUERY PLAN": unknown }>(await tx.execute(sql`explain (format json) ${query}`));
  });
  const raw = plan[0]!["QUERY PLAN"];
  const [top] = (typeof raw === "string" ? JSON.parse(raw) : raw) as [{ Plan: Record<string, unknown> }];
  const nodes: Record<string, unknown>[] = [];
  const walk = (node: Record<string, unknown>) => {
    nodes.push(node);
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk(top.Plan);
  return nodes;
}

const indexScans = (nodes: Record<string, unknown>[]) => nodes.filter((node) => node["Node Type"] === "Bitmap Index Scan").map((node) => node["Index Name"]);

describe("the filters of readers' search", () => {
  /** The terms of `q` for versions in `configs`, as searchPublished reads them. */
  async function terms(q: string, configs: string[]): Promise<SearchTerms> {
    const listed = sql.join(configs.map((config) => sql`select ${config}::regconfig as config`), sql` union all `);
    const read = await readQuery(await getDb(), q, listed);
    if (!read.terms) throw new Error(`no terms for ${q}`);
    return read.terms;
  }
  const versions = (condition: SQL) =>
    sql`select 1 from (select v.search_config as config, v.search, v.claims_search from ${articleVersions} v) live where ${condition}`;

  for (const configs of [["english"], ["english", "spanish"]]) {
    test(`are served by the GIN indexes of the versions' vectors (${configs.join(", ")})`, async () => {
      const q = `"unemployment fell" kremlin -parade`;
      const articleNodes = await planNodes(versions(articleMatches(await terms(q, configs))));
      expect(indexScans(articleNodes)).toEqual(configs.map(() => "article_versions_search_idx"));
      const claimNodes = await planNodes(versions(claimsMayMatch(await terms(q, configs))));
      expect(indexScans(claimNodes)).toEqual(configs.map(() => "article_versions_claims_search_idx"));
      // No vector is made while searching: only the stored ones are read.
      expect(JSON.stringify([articleNodes, claimNodes])).not.toMatch(/to_tsvector/);
    });
  }
});

describe("claims found through their version's vector", () => {
  test("a claim is found when another claim of its version has the word it excludes", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const article = await publishedWithClaims(editor, approver, `Kremlin ${word}`, [`The Kremlin parade was cancelled ${word}.`, `The Kremlin budget doubled ${word}.`]);
    const found = await searchPublished(await anonymousCtx(), { q: `kremlin ${word} -parade` });
    expect(found.claims.hits.map((hit) => hit.statement)).toEqual([`The Kremlin budget doubled ${word}.`]);
    expect(claimSlugs(found)).toEqual([article.slug]);
  });

  test("a phrase finds the claim that has its words together, and not one whose words are only in other claims", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const article = await publishedWithClaims(editor, approver, `Jobs ${word}`, [`Unemployment fell in ${word} last year.`, `Prices fell in ${word}.`, `Unemployment rose in ${word} before.`]);
    const reader = await anonymousCtx();
    const found = await searchPublished(reader, { q: `"unemployment fell" ${word}` });
    expect(found.claims.hits.map((hit) => hit.statement)).toEqual([`Unemployment fell in ${word} last year.`]);
    expect(claimSlugs(found)).toEqual([article.slug]);
    expect((await searchPublished(reader, { q: `"prices rose" ${word}` })).claims.total).toBe(0);
  });

  test("a version whose claims are too long to index together is published, and its claims are found", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const article = await publishedWithClaims(editor, approver, `Long ${word}`, [`The council said ${word} rose.`]);
    const db = await getDb();
    // As if it had 120 claims, each explained in 10,000 characters of distinct words: more words than one tsvector holds (1 MB).
    await db.execute(sql`
      update ${articleVersions} v set snapshot = jsonb_set(v.snapshot, '{claims}', (
        select jsonb_agg(case when k = 1 then v.snapshot->'claims'->0
                              else v.snapshot->'claims'->0 || jsonb_build_object('statement', 'Another claim ' || k, 'quote', 'Another quote ' || k, 'claimant', '',
                                     'explanation', (select string_agg(md5(k || '-' || w), ' ') from generate_series(1, 300) w)) end
                         order by k)
        from generate_series(1, 120) k))
      from ${articles} a where a.id = v.article_id and a.id = ${article.id}`);
    const [row] = rowsOf<{ bytes: number; unindexed: boolean }>(
      await db.execute(sql`select octet_length((snapshot->'claims')::text) as bytes, claims_search = ''' unindexed'''::tsvector as unindexed from ${articleVersions} where article_id = ${article.id}`),
    );
    expect(Number(row!.bytes)).toBeGreaterThan(INDEXED_CLAIMS_BYTES);
    expect(row!.unindexed).toBe(true);
    const found = await searchPublished(await anonymousCtx(), { q: `council ${word}` });
    expect(found.claims.hits.map((hit) => hit.statement)).toEqual([`The council said ${word} rose.`]);
  });
});

describe("claims matched by the vectors made on publishing", () => {
  test("each claim has its vector, in order, and no search of claims turns a text into a vector", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const article = await publishedWithClaims(editor, approver, `Vectors ${word}`, [`Unemployment fell in ${word}.`, `Prices rose in ${word}.`]);
    const db = await getDb();
    const [stored] = rowsOf<{ count: number | string; second: string }>(
      await db.execute(sql`select array_length(claim_vectors, 1) as count, claim_vectors[2]::text as second from ${articleVersions} where article_id = ${article.id}`),
    );
    expect(Number(stored!.count)).toBe(2);
    expect(stored!.second).toMatch(/'price'/);
    // Every query the search sends, as SQL text.
    const reader = await anonymousCtx();
    const sent: string[] = [];
    const dialect = new PgDialect();
    const watched = new Proxy(reader.db, {
      get: (target, name, receiver) =>
        name === "execute"
          ? (query: SQL) => {
              sent.push(dialect.sqlToQuery(query).sql);
              return target.execute(query);
            }
          : Reflect.get(target, name, receiver),
    });
    const found = await searchPublished({ ...reader, db: watched }, { q: `prices ${word}` });
    expect(found.claims.hits.map((hit) => hit.statement)).toEqual([`Prices rose in ${word}.`]);
    expect(sent.some((text) => text.includes("claim_vectors"))).toBe(true);
    expect(sent.join("\n")).not.toMatch(/to_tsvector/);
  });
});

describe("the configuration a version is read in", () => {
  test("of a version that records no language follows its article's language; one that records a language keeps it", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const made = [];
    for (const title of [`Elección ${word} sin idioma`, `Elección ${word} con idioma`]) {
      const article = await createArticle(editor, { title, body: SPANISH_BODY, language: "en" });
      await signedOffClaim(editor, approver, article.id, SPANISH_BODY.split("\n")[0]!, { body: SPANISH_BODY, explanation: `Las elecciones ${word}.` });
      await publishAsShown(editor, article.id);
      made.push(article);
    }
    const [legacy, recorded] = made as [(typeof made)[number], (typeof made)[number]];
    const db = await getDb();
    // As versions published before snapshots carried a language: none recorded, read in the article's.
    await db.execute(sql`update ${articleVersions} set snapshot = snapshot - 'language' where article_id = ${legacy.id}`);
    const reader = await anonymousCtx();
    expect((await searchPublished(reader, { q: `elecciones ${word}` })).articles.total).toBe(0);

    for (const article of made) {
      const { article: shown } = await getWorkspace(editor, article.id);
      await updateArticleDetails(editor, { articleId: article.id, version: shown.version, title: shown.title, language: "es" });
    }
    const configs = await db.select({ articleId: articleVersions.articleId, config: articleVersions.searchConfig }).from(articleVersions).where(eq(articleVersions.number, 1));
    expect(configs.find((row) => row.articleId === legacy.id)?.config).toBe("spanish");
    expect(configs.find((row) => row.articleId === recorded.id)?.config).toBe("english");
    const found = await searchPublished(reader, { q: `elecciones ${word}` });
    expect(found.articles.hits.map((hit) => hit.slug)).toEqual([legacy.slug]);
  });

  test("is that of the language detected when it was published, when its article has none", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const article = await createArticle(editor, { title: `Elección ${word}`, body: SPANISH_BODY, language: "es" });
    await signedOffClaim(editor, approver, article.id, SPANISH_BODY.split("\n")[0]!, { body: SPANISH_BODY });
    // As an article brought in before articles had a language: none, read as English on the desk.
    const db = await getDb();
    await db.update(articles).set({ language: null, searchConfig: "english" }).where(eq(articles.id, article.id));
    await publishAsShown(editor, article.id);
    const [version] = await db.select({ language: sql<string | null>`${articleVersions.snapshot}->>'language'`, config: articleVersions.searchConfig }).from(articleVersions).where(eq(articleVersions.articleId, article.id));
    expect(version).toEqual({ language: "es", config: "spanish" });
    expect((await searchPublished(await anonymousCtx(), { q: `elecciones ${word}` })).articles.hits.map((hit) => hit.slug)).toEqual([article.slug]);
  });

  test("migration 0026 sets every version's as readers' search read it: its language's, else its article's", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const word = uniqueWord();
    const article = await createArticle(editor, { title: `Migrated ${word}`, body: SPANISH_BODY, language: "es" });
    await signedOffClaim(editor, approver, article.id, SPANISH_BODY.split("\n")[0]!, { body: SPANISH_BODY });
    await publishAsShown(editor, article.id);
    const db = await getDb();
    const [published] = await db.select().from(articleVersions).where(eq(articleVersions.articleId, article.id));
    // One version per language a snapshot may record, and one that records none; all read as English before.
    const languages = [...ARTICLE_LANGUAGES, null];
    const inserted = await db
      .insert(articleVersions)
      .values(
        languages.map((language, i) => ({
          articleId: article.id,
          number: i + 2,
          title: published!.title,
          body: published!.body,
          snapshot: { ...(published!.snapshot as object), language },
          searchConfig: "english",
        })),
      )
      .returning({ id: articleVersions.id });
    expect(inserted).toHaveLength(languages.length);
    await db.update(articleVersions).set({ searchConfig: "english" }).where(eq(articleVersions.articleId, article.id));

    const updates = migrationUpdates("0026_search_in_versions");
    expect(updates).toHaveLength(1);
    await db.execute(sql.raw(updates[0]!));
    const after = rowsOf<{ language: string | null; config: string }>(
      await db.execute(sql`select snapshot->>'language' as language, search_config::text as config from ${articleVersions} where article_id = ${article.id}`),
    );
    expect(after).toHaveLength(languages.length + 1);
    for (const row of after) expect(row.config, row.language ?? "none").toBe(row.language ? textSearchConfig(row.language) : "spanish");
  });
});
