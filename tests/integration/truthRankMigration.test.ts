import { asc, eq, isNotNull, sql } from "drizzle-orm";
import { beforeEach, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { articleVersions, verdicts } from "@/db/schema";
import { buildClaimReviews } from "@/lib/domain/claimReview";
import type { PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { resetDatabase } from "./database";
import { makeArticle, makeUser, publishAsShown, SAMPLE_BODY, spanOf } from "./factories";
import { migrationUpdates } from "./migrationUpdates";

// The data part of migration 0011 (verdicts' truth_rank), run on a newsroom as it was before it: scales and published
// snapshots without places on the truth scale.

/** The migration's UPDATE statements (its column and constraint already exist here). */
const dataStatements = () => migrationUpdates("0011_verdict_truth_ranks");

beforeEach(async () => {
  await resetDatabase();
});

test("ranks existing scales by their order less verdicts that rate nothing, and gives published snapshots the ranks", async () => {
  const admin = await makeUser("admin");
  const editor = await makeUser("editor");
  const reviewer = await makeUser("reviewer");
  // Version 1: the default scale; a claim rated Unproven and one rated True are published on it.
  const article = await makeArticle(editor);
  const v1 = await listVerdicts(editor);
  const sentences = SAMPLE_BODY.split("\n");
  for (const [index, label] of ["Unproven", "True"].entries()) {
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf(sentences[index]!) });
    claim = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    claim = await reviewClaim(reviewer, { claimId: claim.id, version: claim.version, verdictId: v1.find((v) => v.label === label)!.id, publicExplanation: "Why.", sources: [], readyForSignoff: true });
    await signOffClaim(editor, { claimId: claim.id, version: claim.version });
  }
  await publishAsShown(editor, article.id);
  // Version 2 of the scale: a verdict added, a satire verdict, Misleading retired.
  const scale = await getRatingScale(admin);
  const rows = scale.verdicts.map(({ lineageId, label, description, colour, retired }) => ({ lineageId, label, description, colour, retired: retired || label === "Misleading" }));
  const extra = (label: string) => ({ lineageId: null, label, description: "", colour: "#4b5563", retired: false });
  await saveRatingScale(admin, { version: scale.version, verdicts: [rows[0]!, extra("Half true"), ...rows.slice(1, 5), extra("Satire"), rows[5]!] });

  // As before the migration: no ranks anywhere.
  const db = await getDb();
  await db.update(verdicts).set({ truthRank: null }).where(isNotNull(verdicts.truthRank));
  const [published] = await db.select().from(articleVersions).where(eq(articleVersions.articleId, article.id));
  const old = published!.snapshot as PublishedSnapshot;
  const bare = { ...old, claims: old.claims.map((c) => ({ ...c, verdict: { ...c.verdict, truthRank: undefined, bestTruthRank: undefined } })) };
  await db.update(articleVersions).set({ snapshot: JSON.parse(JSON.stringify(bare)) as PublishedSnapshot }).where(eq(articleVersions.id, published!.id));

  for (const statement of dataStatements()) await db.execute(sql.raw(statement));

  const ranked = await db.select({ version: verdicts.scaleVersion, label: verdicts.label, truthRank: verdicts.truthRank }).from(verdicts).orderBy(asc(verdicts.scaleVersion), asc(verdicts.position));
  expect(ranked.map((v) => [v.version, v.label, v.truthRank])).toEqual([
    [1, "False", 1],
    [1, "Misleading", 2],
    [1, "Missing context", 3],
    [1, "Mostly true", 4],
    [1, "True", 5],
    [1, "Unproven", null],
    [2, "False", 1],
    [2, "Half true", 2],
    [2, "Missing context", 3],
    [2, "Mostly true", 4],
    [2, "True", 5],
    [2, "Satire", null],
    [2, "Unproven", null],
    // Retired: moved to the end, so its place is not known.
    [2, "Misleading", null],
  ]);
  const [after] = await db.select().from(articleVersions).where(eq(articleVersions.id, published!.id));
  const snapshot = after!.snapshot as PublishedSnapshot;
  expect(snapshot.claims.map((c) => [c.verdict.label, c.verdict.truthRank, c.verdict.bestTruthRank])).toEqual([
    ["Unproven", null, 5],
    ["True", 5, 5],
  ]);
  // What readers saw is unchanged.
  expect(snapshot.claims.map((c) => ({ ...c, verdict: { ...c.verdict, truthRank: undefined, bestTruthRank: undefined } }))).toEqual(JSON.parse(JSON.stringify(bare.claims)));
  const reviews = buildClaimReviews("https://factcheck.example.org", { name: "Newsroom", url: null, language: "en" }, { slug: "s", publishedAt: after!.publishedAt, source: snapshot.source, claims: snapshot.claims });
  expect(reviews.map((r) => r.reviewRating)).toEqual([
    { "@type": "Rating", alternateName: "Unproven" },
    { "@type": "Rating", alternateName: "True", ratingValue: 5, bestRating: 5, worstRating: 1 },
  ]);
});
