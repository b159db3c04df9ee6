import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { articles, articleVersions, publicState } from "@/db/schema";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { makeArticle, makeUser, SAMPLE_BODY, spanOf } from "./factories";

// Publishing fails part-way, after the version row is written: the audit entry for "article.publish" throws.
// Integration files share one module graph, so the mock is registered here (not hoisted) and publishArticle is
// loaded afresh after it; both are undone afterwards so no other file sees the mock.

const INJECTED = "injected failure while recording the audit entry";

type Publish = typeof import("@/lib/services/publishing/publishArticle").publishArticle;
type Workspace = typeof import("@/lib/services/articles/getWorkspace").getWorkspace;
let publishArticle: Publish;
/** Off while the test publishes a first version for real. */
let failing = true;
let getWorkspace: Workspace;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock("@/lib/services/audit/recordAudit", async (importOriginal) => {
    const real = await importOriginal<typeof import("@/lib/services/audit/recordAudit")>();
    return {
      ...real,
      recordAudit: async (...args: Parameters<typeof real.recordAudit>) => {
        const [, entry] = args;
        if (failing && !Array.isArray(entry) && (entry as { action: string }).action === "article.publish") throw new Error(INJECTED);
        return real.recordAudit(...args);
      },
    };
  });
  ({ publishArticle } = await import("@/lib/services/publishing/publishArticle"));
  ({ getWorkspace } = await import("@/lib/services/articles/getWorkspace"));
});

afterAll(() => {
  vi.doUnmock("@/lib/services/audit/recordAudit");
  vi.resetModules();
});

async function state(articleId: string) {
  const db = await getDb();
  const versions = await db.select({ number: articleVersions.number }).from(articleVersions).where(eq(articleVersions.articleId, articleId));
  const [article] = await db.select({ publishedVersion: articles.publishedVersion }).from(articles).where(eq(articles.id, articleId));
  const [generation] = await db.select({ generation: publicState.generation }).from(publicState);
  return { versions: versions.map((v) => v.number), publishedVersion: article!.publishedVersion, generation: generation?.generation ?? null };
}

async function publishAsShown(editor: Parameters<Publish>[0], articleId: string, changeNote?: string) {
  const shown = await getWorkspace(editor, articleId);
  return publishArticle(editor, { articleId, version: shown.article.version, textRevision: shown.article.textRevision, publishStamp: shown.publishStamp, changeNote });
}

describe("a publication that fails part-way", () => {
  test("leaves no version behind: no version row, the published version and the public generation unchanged", async () => {
    const editor = await makeUser("editor");
    const approver = await makeUser("editor", "approver");
    const article = await makeArticle(editor);
    const falseVerdict = (await listVerdicts(editor)).find((v) => v.label === "False")!;
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf(SAMPLE_BODY.split("\n")[0]!) });
    claim = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId: falseVerdict.id, publicExplanation: "Official data show 4.1 percent.", sources: [], readyForSignoff: true });
    await signOffClaim(approver, { claimId: claim.id, version: claim.version });

    const never = await state(article.id);
    await expect(publishAsShown(editor, article.id)).rejects.toThrow(INJECTED);
    expect(await state(article.id)).toEqual(never);
    expect(never.versions).toEqual([]);
    expect(never.publishedVersion).toBeNull();

    // The same for a second version of an article that readers already see (written through the real path).
    failing = false;
    await publishAsShown(editor, article.id);
    failing = true;
    await reviseArticleText(editor, { articleId: article.id, version: 1, body: `${SAMPLE_BODY}\nA later paragraph.` });
    const published = await state(article.id);
    expect(published.versions).toEqual([1]);
    await expect(publishAsShown(editor, article.id, "Added a paragraph.")).rejects.toThrow(INJECTED);
    expect(await state(article.id)).toEqual(published);
  });
});
