/**
 * Benchmark: "checked before?" in the running app, on an archive the size of the CLEF 2020 claim-retrieval archive
 * (10,373 verified claims, imported as other fact-checkers' ClaimReviews) and a 200-claim article whose claims are
 * the lab's dev tweets. Budgets: matching one claim (its panel, a service call) ≤ 20 ms median; building the index
 * ≤ 2 s; the matches of all 200 claims of an article ≤ 500 ms.
 * Run: npx tsx scripts/bench/matches.ts
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { closeDb, getDb } from "../../db/client";
import { claims } from "../../db/schema";
import { actorContext, systemContext } from "../../lib/core/context";
import { createArticle } from "../../lib/services/articles/createArticle";
import { getClaimMatches } from "../../lib/services/archive/getClaimMatches";
import { importFactChecks } from "../../lib/services/archive/importFactChecks";
import { forgetMatcher } from "../../lib/services/archive/matcherCache";
import { createUser } from "../../lib/services/users/createUser";
import { parseArchive, parseQueries } from "../claimRetrievalData";
import { formatTiming, timeAsync } from "./timing";

// The shared dataset sits beside the repository (../shared); MATCHER_DATA names another place (as for scripts/bench/matcher.ts).
const DATA = process.env.MATCHER_DATA ?? path.resolve(import.meta.dirname, "../../../shared/datasets/clef2020-claim-retrieval");
const ARTICLE_CLAIMS = 200;

/** Times the matches panel on an embedded database seeded with the CLEF archive; returns printable lines. */
export async function benchMatches(): Promise<string[]> {
  if (!fs.existsSync(DATA)) return [`skipped: the CLEF 2020 dataset is not at ${DATA}`];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-bench-matches-"));
  const saved = { dir: process.env.FACTDESK_DATA_DIR, url: process.env.DATABASE_URL };
  process.env.FACTDESK_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const lines: string[] = [];
  try {
    const db = await getDb();
    const system = systemContext(db);
    const { user } = await createUser(system, { email: "bench-editor@example.test", displayName: "Bench Editor", role: "editor", password: "bench-password-123" });
    const editor = actorContext(db, { id: user.id, role: user.role, displayName: user.displayName, email: user.email });

    const archive = parseArchive(fs.readFileSync(path.join(DATA, "verified-claims.tsv"), "utf8")).map(({ id, claim }) => ({
      "@type": "ClaimReview",
      url: `https://archive.example/clef2020/${id}`,
      claimReviewed: claim,
      author: { name: "CLEF 2020 archive" },
      reviewRating: { alternateName: "Rated" },
    }));
    let started = performance.now();
    const imported = await importFactChecks(editor, { text: JSON.stringify(archive) });
    lines.push(`import ${imported.imported.toLocaleString("en")} ClaimReviews (${imported.skipped.length} skipped): ${(performance.now() - started).toFixed(0)} ms`);

    const tweets = parseQueries(fs.readFileSync(path.join(DATA, "dev-queries.tsv"), "utf8"))
      .map(({ text }) => text.replace(/\s+/g, " ").trim())
      .filter((text) => text.length > 20)
      .slice(0, ARTICLE_CLAIMS);
    const body = tweets.join("\n");
    const article = await createArticle(editor, { title: "Bench: 200 tweets", body });
    let at = 0;
    const rows = tweets.map((text, index) => {
      const start = body.indexOf(text, at);
      at = start + text.length;
      return { articleId: article.id, anchorStart: start, anchorEnd: start + text.length, quote: text, statement: text, number: index + 1 };
    });
    await db.insert(claims).values(rows);
    const claimIds = (await db.select({ id: claims.id }).from(claims)).map((row) => row.id);

    forgetMatcher();
    started = performance.now();
    await getClaimMatches(editor, { articleId: article.id, claimId: claimIds[0]! });
    lines.push(`first panel after a start: index of ${archive.length.toLocaleString("en")} entries built and one claim matched: ${(performance.now() - started).toFixed(0)} ms (budget 2,000 ms for the index)`);

    let turn = 0;
    const one = await timeAsync(() => getClaimMatches(editor, { articleId: article.id, claimId: claimIds[turn++ % claimIds.length]! }), { warmup: 10, runs: 100 });
    lines.push(formatTiming("matches of one claim (the claim panel: archive check, queries, matching)", one, 20));
    const all = await timeAsync(() => getClaimMatches(editor, { articleId: article.id }), { warmup: 2, runs: 10 });
    lines.push(formatTiming(`matches of all ${claimIds.length} claims of an article`, all, 500));
  } finally {
    await closeDb();
    if (saved.dir === undefined) delete process.env.FACTDESK_DATA_DIR;
    else process.env.FACTDESK_DATA_DIR = saved.dir;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchMatches()) console.log(line);
}
