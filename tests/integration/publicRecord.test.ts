import { and, eq, sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { GET as feed } from "@/app/(public)/feed.xml/route";
import { GET as oembed } from "@/app/api/oembed/route";
import { getDb } from "@/db/client";
import { articleVersions } from "@/db/schema";
import { articleUrl } from "@/lib/domain/claimReview";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { getClaimRetraction } from "@/lib/services/publishing/getClaimRetraction";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { listCorrections } from "@/lib/services/publishing/listCorrections";
import { listRetractions } from "@/lib/services/publishing/listRetractions";
import { listVersions } from "@/lib/services/publishing/listVersions";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { articleDocument, claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, signedOffClaim, spanOf, type ActorContext } from "./factories";

// A retraction is itself a public correction: it stays on the record (corrections page, feed, version history) when
// the fact-check is published again, and embeds of a retracted claim say so. Claims are numbered 1…n in reading
// order in each version, and links made under the numbers of older versions still reach their claim.

const [FIRST, SECOND, THIRD] = SAMPLE_BODY.split("\n") as [string, string, string];

async function team() {
  return { editor: await makeUser("editor"), approver: await makeUser("editor", "approver") };
}

async function retract(editor: ActorContext, articleId: string, reason: string) {
  const { article } = await getWorkspace(editor, articleId);
  return retractArticle(editor, { articleId, version: article.version, reason });
}

async function feedEntries() {
  const xml = await (await feed(new Request(`${siteUrl()}/feed.xml`))).text();
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    id: /<id>(.*?)<\/id>/.exec(entry!)![1]!,
    title: /<title[^>]*>(.*?)<\/title>/.exec(entry!)![1]!,
    summary: /<summary[^>]*>([\s\S]*?)<\/summary>/.exec(entry!)![1]!,
    published: /<published>(.*?)<\/published>/.exec(entry!)?.[1] ?? null,
  }));
}

async function oembedOf(url: string) {
  const response = await oembed(new Request(`${siteUrl()}/api/oembed?url=${encodeURIComponent(url)}&format=json`));
  return { status: response.status, body: await response.json() };
}

describe("a retraction on the public record", () => {
  test("retract, then publish again: the corrections page, the feed, the version history and the embed keep saying it", async () => {
    const { editor, approver } = await team();
    const article = await makeArticle(editor, "Retracted then republished");
    const claim = await signedOffClaim(editor, approver, article.id, FIRST, { explanation: "Official data show 4.1 percent." });
    await publishAsShown(editor, article.id);
    await reviseArticleText(editor, { articleId: article.id, version: (await getWorkspace(editor, article.id)).article.version, body: `${SAMPLE_BODY}\nA note.` });
    await publishAsShown(editor, article.id, { changeNote: "We had the wrong survey year.", isCorrection: true });
    const reader = await anonymousCtx();
    const page = articleUrl(siteUrl(), article.slug);
    const mine = async () => (await listCorrections(reader, { page: 1 })).items.filter((c) => c.slug === article.slug);

    const reason = "The survey behind it was withdrawn by its authors.";
    const { retractedAt } = await retract(editor, article.id, reason);

    // The corrections page: the retraction, with its reason and date, and the correction before it, both leading to the notice.
    expect(await mine()).toEqual([
      { kind: "retraction", slug: article.slug, title: "Retracted then republished", language: "en", number: 2, publishedAt: retractedAt, changeNote: reason, retracted: true },
      expect.objectContaining({ kind: "correction", number: 2, changeNote: "We had the wrong survey year.", retracted: true }),
    ]);
    // The feed: an entry for the retraction (whose address resolves to the notice), none of the withdrawn content.
    let entries = (await feedEntries()).filter((e) => e.id.startsWith(page));
    expect(entries).toEqual([
      { id: `${page}/versions#retraction-2`, title: "Retracted: Retracted then republished", summary: expect.stringContaining(`Why: ${reason}`), published: retractedAt.toISOString() },
    ]);
    // An embed of the claim says it was retracted, when and why; oEmbed still answers, with that card.
    expect(await getPublishedClaim(reader, { claimId: claim.id })).toBeNull();
    expect(await getClaimRetraction(reader, { claimId: claim.id })).toEqual({ kind: "retracted", slug: article.slug, title: "Retracted then republished", language: "en", version: 2, retractedAt, reason });
    const embed = await oembedOf(`${siteUrl()}/embed/claims/${claim.id}`);
    expect(embed).toMatchObject({ status: 200, body: { title: "Retracted: Retracted then republished" } });
    expect(embed.body.html).toContain(`/embed/claims/${claim.id}`);
    expect(await oembedOf(`${page}#claim-${claim.id.slice(0, 8)}`)).toMatchObject({ status: 200, body: { title: "Retracted: Retracted then republished" } });
    // Its title is in the newsroom's language, as the embed page's is.
    const admin = await makeUser("admin");
    const newsroom = await getOrganisation(reader);
    await updateOrganisation(admin, { ...newsroom, interfaceLanguage: "es" });
    expect(await oembedOf(`${siteUrl()}/embed/claims/${claim.id}`)).toMatchObject({ status: 200, body: { title: "Retirada: Retracted then republished" } });
    await updateOrganisation(admin, { ...newsroom, interfaceLanguage: "en" });

    await publishAsShown(editor, article.id, { changeNote: "Republished with the revised survey." });

    // The version history keeps the retraction between version 2 and version 3, and the version readers see says so.
    const versions = await listVersions(reader, { slug: article.slug });
    expect(versions).toMatchObject({ kind: "versions", latestNumber: 3, retractions: [{ version: 2, retractedAt, reason }] });
    expect((await publishedVersion(article.slug)).retractions).toEqual([{ version: 2, retractedAt, reason }]);
    // The corrections page keeps both entries; they now lead to the article again.
    expect((await mine()).map((c) => [c.kind, c.number, c.retracted])).toEqual([
      ["retraction", 2, false],
      ["correction", 2, false],
    ]);
    // The feed: the new version, the retraction, and the earlier versions again, newest first.
    entries = (await feedEntries()).filter((e) => e.id.startsWith(page));
    expect(entries.map((e) => e.id)).toEqual([`${page}/v/3`, `${page}/versions#retraction-2`, `${page}/v/2`, `${page}/v/1`]);
    // The versions the retraction took down say so; the one published since does not.
    expect(entries.map((e) => e.title)).toEqual([
      "Updated: Retracted then republished",
      "Retracted: Retracted then republished",
      "Withdrawn (version 2): Retracted then republished",
      "Withdrawn (version 1): Retracted then republished",
    ]);
    for (const withdrawn of entries.slice(2)) expect(withdrawn.summary).toMatch(new RegExp(`^We retracted this version on .*\\. Why: ${reason}`));
    expect(entries[0]!.summary).not.toContain("retracted");
    // So does the API's document of any version: its retractions, each with the version it took down.
    const document = articleDocument(siteUrl(), await publishedVersion(article.slug));
    expect(document.retractions).toEqual([{ version: 2, retractedAt: retractedAt.toISOString(), reason }]);
    expect(await listRetractions(reader, { limit: 200 })).toContainEqual({ slug: article.slug, title: "Retracted then republished", version: 2, retractedAt, reason });
    // The embed shows the claim again.
    expect(await getClaimRetraction(reader, { claimId: claim.id })).toBeNull();
    expect(await oembedOf(`${siteUrl()}/embed/claims/${claim.id}`)).toMatchObject({ status: 200, body: { title: `False: ${FIRST}` } });
  });

  test("a second retraction of the same article is listed too, each with its own version and reason", async () => {
    const { editor, approver } = await team();
    const article = await makeArticle(editor, "Twice retracted");
    await signedOffClaim(editor, approver, article.id, FIRST, { explanation: "Official data show 4.1 percent." });
    await publishAsShown(editor, article.id);
    await retract(editor, article.id, "First reason.");
    await publishAsShown(editor, article.id, { changeNote: "Back with a new source." });
    await retract(editor, article.id, "Second reason.");
    const reader = await anonymousCtx();
    const items = (await listCorrections(reader, { page: 1 })).items.filter((c) => c.slug === article.slug);
    expect(items.map((c) => [c.kind, c.number, c.changeNote, c.retracted])).toEqual([
      ["retraction", 2, "Second reason.", true],
      ["retraction", 1, "First reason.", true],
    ]);
  });
});

describe("claim numbers", () => {
  test("are 1…n in reading order in each version, with no gap for a claim not published, and links name anchors", async () => {
    const { editor, approver } = await team();
    const article = await makeArticle(editor, "Numbered in reading order");
    // Made in another order than they read: the desk numbers them 1 (third sentence), 2 (first), 3 (second).
    const third = await signedOffClaim(editor, approver, article.id, THIRD, { explanation: "No permits were filed." });
    const first = await signedOffClaim(editor, approver, article.id, FIRST, { explanation: "Official data show 4.1 percent." });
    await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    await publishAsShown(editor, article.id);

    const version = await publishedVersion(article.slug);
    const organisation = await getOrganisation(await anonymousCtx());
    const page = articleUrl(siteUrl(), article.slug);
    expect(articleDocument(siteUrl(), version).claims.map((c) => [c.id, c.number, c.url])).toEqual([
      [first.id, 1, `${page}#claim-${first.id.slice(0, 8)}`],
      [third.id, 2, `${page}#claim-${third.id.slice(0, 8)}`],
    ]);
    expect(claimReviewsOfVersion(siteUrl(), organisation, version).map((r) => r.url)).toEqual([`${page}#claim-${first.id.slice(0, 8)}`, `${page}#claim-${third.id.slice(0, 8)}`]);
    // Published in reading order from the start: no desk number is kept for older links.
    expect(version.snapshot.numbering).toBe("reading");
    expect(version.snapshot.claims.map((c) => c.legacyNumber)).toEqual([undefined, undefined]);
    // The number readers see reaches its claim too.
    expect(await oembedOf(`${page}#claim-2`)).toMatchObject({ status: 200, body: { title: `False: ${THIRD}` } });
  });

  test("links made under the numbers of a version published before still reach their claim in later versions", async () => {
    const { editor, approver } = await team();
    const article = await makeArticle(editor, "Numbered before");
    const third = await signedOffClaim(editor, approver, article.id, THIRD, { explanation: "No permits were filed." });
    const first = await signedOffClaim(editor, approver, article.id, FIRST, { explanation: "Official data show 4.1 percent." });
    await publishAsShown(editor, article.id);
    // As version 1 would read had it been published before reading-order numbers: readers saw, and linked to, the
    // desk's numbers (#claim-2 for the first sentence, #claim-1 for the third).
    const db = await getDb();
    await db
      .update(articleVersions)
      .set({ snapshot: sql`${articleVersions.snapshot} - 'numbering'` })
      .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, 1)));
    const second = await signedOffClaim(editor, approver, article.id, SECOND, { explanation: "Part-time workers are counted.", label: "True" });
    await publishAsShown(editor, article.id, { changeNote: "Checked one more claim." });

    const version = await publishedVersion(article.slug);
    expect(version.snapshot.claims.map((c) => [c.id, c.legacyNumber])).toEqual([
      [first.id, 2],
      [second.id, undefined],
      [third.id, 1],
    ]);
    const page = articleUrl(siteUrl(), article.slug);
    expect(await oembedOf(`${page}#claim-1`)).toMatchObject({ body: { title: `False: ${THIRD}` } });
    expect(await oembedOf(`${page}#claim-2`)).toMatchObject({ body: { title: `False: ${FIRST}` } });
    expect(await oembedOf(`${page}#claim-${second.id.slice(0, 8)}`)).toMatchObject({ body: { title: `True: ${SECOND}` } });
    // A third version keeps them.
    await reviseArticleText(editor, { articleId: article.id, version: (await getWorkspace(editor, article.id)).article.version, body: `${SAMPLE_BODY}\nA note.` });
    await publishAsShown(editor, article.id, { changeNote: "Added a note." });
    expect((await publishedVersion(article.slug)).snapshot.claims.map((c) => c.legacyNumber)).toEqual([2, undefined, 1]);
  });
});
