import { expect, test } from "vitest";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { listPublishedPage } from "@/lib/services/publishing/listPublishedPage";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
import { anonymousCtx, freshNewsroom, makeArticle, publishAsShown, signedOffClaim } from "./factories";

// The home page says "Nothing has been published yet" only when that is so: once every fact-check published has been
// retracted, it has to say so instead (and point to the corrections page), so its page answer counts them.
test("the home page's list counts the retracted fact-checks it leaves out, and only them", async () => {
  const { editor, approver } = await freshNewsroom();
  const reader = await anonymousCtx();
  expect(await listPublishedPage(reader, { page: 1 })).toMatchObject({ total: 0, retracted: 0 });

  const article = await makeArticle(editor, "A fact-check we withdraw");
  await signedOffClaim(editor, approver, article.id, "The mayor said unemployment fell to 3.2 percent last year.");
  await publishAsShown(editor, article.id);
  expect(await listPublishedPage(reader, { page: 1 })).toMatchObject({ total: 1, retracted: 0 });

  const { article: shown } = await getWorkspace(editor, article.id);
  await retractArticle(editor, { articleId: article.id, version: shown.version, reason: "The survey was withdrawn." });
  const home = await listPublishedPage(reader, { page: 1 });
  expect(home).toMatchObject({ total: 0, retracted: 1, items: [] });

  // A draft never published is neither.
  await makeArticle(editor, "A draft");
  expect(await listPublishedPage(reader, { page: 1 })).toMatchObject({ total: 0, retracted: 1 });
});
