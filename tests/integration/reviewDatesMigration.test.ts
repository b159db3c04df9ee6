import { readFileSync } from "node:fs";
import { asc, eq, sql } from "drizzle-orm";
import { beforeEach, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { articleVersions } from "@/db/schema";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { resetDatabase } from "./database";
import { makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, spanOf } from "./factories";

// Migration 0012 dates the reviews of versions published before reviews carried their dates, by the rule
// publishArticle follows (lib/domain/reviewDates.ts): run on such versions, it must write what publishing would have.

const MIGRATION = new URL("../../db/migrations/0012_review_first_published_dates.sql", import.meta.url);
const statement = () =>
  readFileSync(MIGRATION, "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("--"))
    .join("\n");

beforeEach(async () => {
  await resetDatabase();
});

type Stored = { id: string; number: number; snapshot: PublishedSnapshot; publishedAt: Date };

async function versionsOf(articleId: string): Promise<Stored[]> {
  const db = await getDb();
  return (await db
    .select({ id: articleVersions.id, number: articleVersions.number, snapshot: articleVersions.snapshot, publishedAt: articleVersions.publishedAt })
    .from(articleVersions)
    .where(eq(articleVersions.articleId, articleId))
    .orderBy(asc(articleVersions.number))) as Stored[];
}

test("versions published without review dates get the dates publishing gives them now", async () => {
  const editor = await makeUser("editor");
  const approver = await makeUser("editor", "approver");
  const article = await makeArticle(editor, "Dated by the migration");
  const verdicts = await listVerdicts(editor);
  const rate = async (claim: { id: string; version: number }, label: string, explanation: string) => {
    const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: verdicts.find((v) => v.label === label)!.id, publicExplanation: explanation, sources: [], readyForSignoff: true });
    return signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
  };
  const sentences = SAMPLE_BODY.split("\n");
  const first = await rate(await createClaim(editor, { articleId: article.id, ...spanOf(sentences[0]!) }), "False", "It rose.");
  await rate(await createClaim(editor, { articleId: article.id, ...spanOf(sentences[1]!) }), "Misleading", "Part-time work counts.");
  await publishAsShown(editor, article.id);
  await new Promise((resolve) => setTimeout(resolve, 15));
  await rate(first, "True", "New figures.");
  await publishAsShown(editor, article.id, { changeNote: "New figures." });
  await new Promise((resolve) => setTimeout(resolve, 15));
  await rate(await createClaim(editor, { articleId: article.id, ...spanOf(sentences[2]!) }), "True", "The register shows it.");
  const { article: current } = await getWorkspace(editor, article.id);
  await reviseArticleText(editor, { articleId: article.id, version: current.version, body: `${SAMPLE_BODY}\nA note.` });
  await publishAsShown(editor, article.id, { changeNote: "A third claim." });

  const published = await versionsOf(article.id);
  expect(published.map((v) => v.snapshot.claims.map((c) => Boolean(c.modifiedAt)))).toEqual([
    [false, false],
    [true, false],
    [true, false, false],
  ]);
  // As they were before: no dates in any snapshot, and times with microseconds, as the database's clock writes them.
  const db = await getDb();
  for (const version of published) {
    const bare = { ...version.snapshot, claims: version.snapshot.claims.map(({ firstPublishedAt: _f, modifiedAt: _m, ...claim }) => claim) };
    await db.update(articleVersions).set({ snapshot: bare }).where(eq(articleVersions.id, version.id));
  }
  await db.execute(sql`update ${articleVersions} set published_at = published_at + interval '0.000987 seconds' where ${articleVersions.articleId} = ${article.id}`);

  await db.execute(sql.raw(statement()));

  const migrated = await versionsOf(article.id);
  for (const [index, version] of migrated.entries()) {
    // What publishing wrote: the 0.987 ms added to every time is cut to the millisecond, as JavaScript reads it.
    expect(version.snapshot.claims).toEqual(published[index]!.snapshot.claims);
    expect(version.snapshot.claims[0]!.firstPublishedAt).toBe(migrated[0]!.publishedAt.toISOString());
  }
  // The reader's page of the latest version: the v2 change kept, the v3 claim dated v3.
  const latest = await publishedVersion(article.slug);
  expect(latest.snapshot.claims.map((c) => [c.firstPublishedAt, c.modifiedAt])).toEqual([
    [migrated[0]!.publishedAt.toISOString(), migrated[1]!.publishedAt.toISOString()],
    [migrated[0]!.publishedAt.toISOString(), undefined],
    [migrated[2]!.publishedAt.toISOString(), undefined],
  ]);
});
