import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { articleChangeSentences as articleSentences, claimChangeSentence as claimSentence, warningSentence as warning } from "@/components/desk/workspace/publicationWording";
import type { PreviewClaimChange, PublicationWarning } from "@/lib/services/publishing/publicationPreviewDto";
import { CATALOGS } from "@/messages/catalogs";
import type { PublicationPreviewDto } from "@/lib/services/publishing/publicationPreviewDto";

// In English, the catalog the browser tests read.
const words = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "review.publicationWording" });
const shared = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "review.shared" });
const warningSentence = (w: PublicationWarning) => warning(w, words);
const claimChangeSentence = (change: PreviewClaimChange) => claimSentence(change, words, shared);
const articleChangeSentences = (p: PublicationPreviewDto) => articleSentences(p, words, "en");

const claim = { id: "c1", number: 2, statement: "Unemployment fell to 3.2 percent.", verdict: "True" };

function preview(over: Partial<PublicationPreviewDto>): PublicationPreviewDto {
  return {
    articleId: "a",
    slug: "s",
    nextVersion: 2,
    publicVersion: 1,
    changeNoteRequired: true,
    correctionPossible: true,
    retracted: null,
    titleChanged: false,
    textChanged: false,
    sourceChanged: false,
    languageChange: null,
    claims: [],
    warnings: [],
    claimCount: 1,
    unapprovedCount: 0,
    identical: false,
    shown: { articleId: "a", version: 1, textRevision: 1, publishStamp: "1-x" },
    ...over,
  };
}

describe("the publish preview in an editor's words", () => {
  test("a changed verdict says from what to what, and what else changes", () => {
    expect(
      claimChangeSentence({
        kind: "changed",
        claim: { ...claim, verdict: "Mostly true" },
        verdictFrom: "True",
        verdictTo: "Mostly true",
        verdictChanged: true,
        verdictMoved: false,
        explanationChanged: true,
        statementChanged: false,
        sourcesChanged: true,
        wordsChanged: false,
      }),
    ).toBe("Claim 2, “Unemployment fell to 3.2 percent.”: the verdict changes from “True” to “Mostly true”, the explanation changes, the sources change.");
  });

  test("a verdict the rating scale moved is said so: not “from “Mostly true” to “Mostly true””", () => {
    const moved = { kind: "changed", claim: { ...claim, verdict: "Mostly true" }, verdictFrom: "Mostly true", verdictTo: "Mostly true", verdictChanged: true, verdictMoved: true } as const;
    const unchanged = { explanationChanged: false, statementChanged: false, sourcesChanged: false, wordsChanged: false };
    expect(claimChangeSentence({ ...moved, ...unchanged })).toBe(
      "Claim 2, “Unemployment fell to 3.2 percent.”: the rating scale moves “Mostly true” on its truth scale (nobody rated it again).",
    );
    // Rated again with another verdict of the same name (the first was deleted, a new one named so): not "moved".
    expect(claimChangeSentence({ ...moved, ...unchanged, verdictMoved: false })).toBe(
      "Claim 2, “Unemployment fell to 3.2 percent.”: the verdict changes from “Mostly true” to “Mostly true”.",
    );
  });

  test("a claim that disappears says why, with the dismissal's reason when there is one", () => {
    expect(warningSentence({ claim, reason: "dismissed", dismissedReason: "An opinion." })).toBe(
      "Claim 2, “Unemployment fell to 3.2 percent.” (now public as “True”) will disappear from the public page: it was dismissed (“An opinion.”).",
    );
    expect(warningSentence({ claim, reason: "words_removed", dismissedReason: null })).toMatch(/its words are no longer in the text\.$/);
    expect(claimChangeSentence({ kind: "removed", claim, reason: "not_approved" })).toBe("Removed: Claim 2, “Unemployment fell to 3.2 percent.”, because it has no approved verdict.");
  });

  test("the article's own changes, and what a first or returning version brings", () => {
    expect(articleChangeSentences(preview({ textChanged: true, titleChanged: true }))).toEqual(["The title changes.", "The article text changes."]);
    expect(articleChangeSentences(preview({ publicVersion: null, nextVersion: 1, claimCount: 2 }))).toEqual(["Readers see nothing yet. They will see the article with 2 checked claims."]);
    expect(articleChangeSentences(preview({ publicVersion: null, retracted: { at: new Date(), reason: "x" } }))[0]).toMatch(/^Readers see only the retraction notice now/);
  });

  test("a change of the article's language names the new one", () => {
    expect(articleChangeSentences(preview({ languageChange: { to: "ca" } }))).toEqual(["The article's language becomes Catalan."]);
    expect(articleChangeSentences(preview({ languageChange: { to: null } }))).toEqual(["The article's language is no longer given."]);
  });
});
