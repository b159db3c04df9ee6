import { randomUUID } from "node:crypto";
import { createElement } from "react";
import { describe, expect, test } from "vitest";
import { GET as oembed } from "@/app/api/oembed/route";
import { EmbeddedClaimRemoval } from "@/components/embed/EmbeddedClaimRemoval";
import { articleUrl } from "@/lib/domain/claimReview";
import { claimAnchor } from "@/lib/domain/claimAnchors";
import { createClaim } from "@/lib/services/claims/createClaim";
import { dismissClaim } from "@/lib/services/claims/dismissClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { getClaimRemoval } from "@/lib/services/publishing/getClaimRemoval";
import { getClaimRetraction } from "@/lib/services/publishing/getClaimRetraction";
import { getPublishedClaim } from "@/lib/services/publishing/getPublishedClaim";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { siteUrl } from "@/lib/web/siteUrl";
import { renderInLanguage } from "../fixtures/renderInLanguage";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY, signedOffClaim, spanOf } from "./factories";

// A partner framed one claim's card (/embed/claims/{id}); the newsroom then removed that claim in a later version.
// The frame and oEmbed say so (which version, when, its note), as they do for a retracted fact-check, and show
// nothing of the claim that was not published.

const [FIRST, SECOND, THIRD] = SAMPLE_BODY.split("\n") as [string, string, string];

async function oembedOf(url: string) {
  const response = await oembed(new Request(`${siteUrl()}/api/oembed?url=${encodeURIComponent(url)}&format=json`));
  return { status: response.status, body: (await response.json()) as { title?: string; html?: string } };
}

describe("the embed of a claim a correction removed", () => {
  test("says which version removed it, when and why, through its embed address and its reader-page address alike", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const article = await makeArticle(editor, "Removed claim");
    const kept = await signedOffClaim(editor, approver, article.id, FIRST, { explanation: "Official data show 4.1 percent." });
    const removed = await signedOffClaim(editor, approver, article.id, THIRD, { explanation: "The city's register lists 2,100 homes." });
    await publishAsShown(editor, article.id);
    const reader = await anonymousCtx();
    expect(await getClaimRemoval(reader, { claimId: removed.id })).toBeNull();

    // Reworded on the desk (never published), then dismissed and the removal published as a correction.
    const edited = await editClaim(editor, { claimId: removed.id, version: removed.version, statement: "An unpublished rewording.", claimant: "" });
    await dismissClaim(editor, { claimId: removed.id, version: edited.version, reason: "An opinion, not a fact." });
    await publishAsShown(editor, article.id, { changeNote: "We removed a claim that was an opinion.", isCorrection: true });
    const second = await publishedVersion(article.slug);
    expect(second.number).toBe(2);

    expect(await getPublishedClaim(reader, { claimId: removed.id })).toBeNull();
    expect(await getClaimRetraction(reader, { claimId: removed.id })).toBeNull();
    const removal = await getClaimRemoval(reader, { claimId: removed.id });
    expect(removal).toEqual({
      kind: "removed",
      slug: article.slug,
      title: "Removed claim",
      language: "en",
      statement: THIRD,
      lastShownIn: 1,
      removedIn: { number: 2, publishedAt: second.publishedAt, changeNote: "We removed a claim that was an opinion.", isCorrection: true },
      withdrawnBy: null,
    });
    // A claim still in the current version, and one never published, were not removed.
    expect(await getClaimRemoval(reader, { claimId: kept.id })).toBeNull();
    expect(await getClaimRemoval(reader, { claimId: "00000000-0000-4000-8000-000000000000" })).toBeNull();

    // The card: the claim as published, the correction and its note, the way to what changed; no desk text, no verdict.
    const card = renderInLanguage(createElement(EmbeddedClaimRemoval, { removal: removal! }));
    expect(card).toContain(THIRD);
    expect(card).toMatch(/We removed this claim from our fact-check “<bdi lang="en" dir="ltr">Removed claim<\/bdi>” in version 2, a correction published on <time dateTime="[^"]+">/);
    expect(card).toContain("Our note: We removed a claim that was an opinion.");
    expect(card).toContain(`href="/articles/${article.slug}/versions/compare?from=1&amp;to=2"`);
    expect(card).not.toMatch(/unpublished rewording|opinion, not a fact|2,100 homes|False/);
    const spanish = renderInLanguage(createElement(EmbeddedClaimRemoval, { removal: removal! }), "es");
    expect(spanish).toContain('Eliminamos esta afirmación de nuestra verificación «<bdi lang="en" dir="ltr">Removed claim</bdi>» en la versión 2, una corrección publicada el');

    // oEmbed answers with that card for the claim's embed address and for its place on the reader page (the
    // ClaimReview url version 1 published); a fragment no version published embeds the fact-check.
    for (const address of [`${siteUrl()}/embed/claims/${removed.id}`, `${articleUrl(siteUrl(), article.slug)}#${claimAnchor(removed.id)}`]) {
      const viaOembed = await oembedOf(address);
      expect(viaOembed).toMatchObject({ status: 200, body: { title: `Removed: ${THIRD}` } });
      expect(viaOembed.body.html).toContain(`/embed/claims/${removed.id}`);
    }
    // A fragment no version published, and a claim only the desk has, embed the fact-check: nothing of the draft.
    const draft = await createClaim(editor, { articleId: article.id, ...spanOf(SECOND) });
    for (const fragment of ["claim-deadbeef", claimAnchor(draft.id), `claim-${draft.id}`]) {
      const whole = await oembedOf(`${articleUrl(siteUrl(), article.slug)}#${fragment}`);
      expect(whole, fragment).toMatchObject({ status: 200, body: { title: "Fact-check: Removed claim" } });
      expect(whole.body.html).not.toContain(draft.id);
    }

    // Once the fact-check is retracted, the retraction is what the embed tells.
    const { article: shown } = await getWorkspace(editor, article.id);
    await retractArticle(editor, { articleId: article.id, version: shown.version, reason: "The source was withdrawn." });
    expect(await getClaimRemoval(reader, { claimId: removed.id })).toBeNull();
    expect(await getClaimRetraction(reader, { claimId: removed.id })).toMatchObject({ kind: "retracted", slug: article.slug, reason: "The source was withdrawn." });
    expect((await oembedOf(`${siteUrl()}/embed/claims/${removed.id}`)).status).toBe(200);
    // A claim no version published gets no retraction's notice.
    expect(await getClaimRetraction(reader, { claimId: randomUUID() })).toBeNull();
  });

  test("withdrawn with its fact-check by a retraction, then left out when it was published again: says the retraction did it", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const article = await makeArticle(editor, "Withdrawn claim");
    await signedOffClaim(editor, approver, article.id, FIRST, { explanation: "Official data show 4.1 percent." });
    const removed = await signedOffClaim(editor, approver, article.id, THIRD, { explanation: "The city's register lists 2,100 homes." });
    await publishAsShown(editor, article.id);
    const { article: shown } = await getWorkspace(editor, article.id);
    const { retractedAt } = await retractArticle(editor, { articleId: article.id, version: shown.version, reason: "The register was wrong." });
    await dismissClaim(editor, { claimId: removed.id, version: removed.version, reason: "Not checkable." });
    await publishAsShown(editor, article.id, { changeNote: "Published again with the new register." });

    const reader = await anonymousCtx();
    const removal = await getClaimRemoval(reader, { claimId: removed.id });
    expect(removal).toMatchObject({ lastShownIn: 1, removedIn: { number: 2 }, withdrawnBy: { retractedAt, reason: "The register was wrong." } });
    const card = renderInLanguage(createElement(EmbeddedClaimRemoval, { removal: removal! }));
    expect(card).toMatch(/We retracted our fact-check “<bdi[^>]*>Withdrawn claim<\/bdi>” on <time[^>]*>[^<]+<\/time>, and this claim with it; version 2 was published without it\. Why we retracted it: The register was wrong\./);
    expect(card).not.toContain("We removed this claim");
  });

  test("a retraction of another version than the claim's last did not withdraw it: the correction that removed it did", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const reader = await anonymousCtx();
    const retract = async (articleId: string, reason: string) => {
      const { article: shown } = await getWorkspace(editor, articleId);
      await retractArticle(editor, { articleId, version: shown.version, reason });
    };
    const removedBy = async (articleId: string, claimId: string) => {
      const { claims } = await getWorkspace(editor, articleId);
      await dismissClaim(editor, { claimId, version: claims.find((c) => c.id === claimId)!.version, reason: "Not checkable." });
      await publishAsShown(editor, articleId, { changeNote: "We removed a claim.", isCorrection: true });
    };

    // Retracted at version 1, published again with the claim, then a correction removed it in version 3.
    const before = await makeArticle(editor, "Retracted before");
    const early = await signedOffClaim(editor, approver, before.id, THIRD);
    await publishAsShown(editor, before.id);
    await retract(before.id, "An early mistake.");
    await publishAsShown(editor, before.id, { changeNote: "Back." });
    await removedBy(before.id, early.id);
    expect(await getClaimRemoval(reader, { claimId: early.id })).toMatchObject({ lastShownIn: 2, removedIn: { number: 3, isCorrection: true }, withdrawnBy: null });

    // A correction removed it in version 2; the fact-check was retracted after that and published again.
    const after = await makeArticle(editor, "Retracted after");
    const late = await signedOffClaim(editor, approver, after.id, THIRD);
    await publishAsShown(editor, after.id);
    await removedBy(after.id, late.id);
    await retract(after.id, "A later mistake.");
    await publishAsShown(editor, after.id, { changeNote: "Back." });
    expect(await getClaimRemoval(reader, { claimId: late.id })).toMatchObject({ lastShownIn: 1, removedIn: { number: 2, isCorrection: true }, withdrawnBy: null });
  });
});
