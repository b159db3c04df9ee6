import { expect, test, type Browser, type Page } from "@playwright/test";
import { createTranslator } from "use-intl/core";
import arDesk from "../../messages/ar/desk.json" with { type: "json" };
import arReview from "../../messages/ar/review.json" with { type: "json" };
import arWorkspace from "../../messages/ar/workspace.json" with { type: "json" };
import esDesk from "../../messages/es/desk.json" with { type: "json" };
import esReview from "../../messages/es/review.json" with { type: "json" };
import esWorkspace from "../../messages/es/workspace.json" with { type: "json" };
import { savedSession, uniqueTitle } from "./fixtures";
import { seedAccount, type SeededAccount } from "./seed";

// The whole loop in a newsroom that does not work in English: an editor whose browser asks for Spanish (or Arabic)
// pastes an article in that language, takes the claims the desk suggests, gives one to a reviewer working in the same
// language, signs the verdict off and publishes; a reader gets the article in its language and direction, with the
// verdict beside the claim and ClaimReview saying the language its words are in. Every word the test looks for comes from the
// language's catalog, so a page left in English fails it.

const LOOPS = [
  {
    language: "es",
    locale: "es-ES",
    dir: "ltr",
    messages: { desk: esDesk, review: esReview, workspace: esWorkspace },
    claim: "El ministro de Economía dijo que el paro bajó al 12,4 % en 2025, la cifra más baja en una década.",
    body: [
      "El ministro de Economía dijo que el paro bajó al 12,4 % en 2025, la cifra más baja en una década.",
      "La oposición afirma que el Gobierno construyó 4.000 viviendas menos de las prometidas en Madrid.",
      "El alcalde inauguró el martes el nuevo hospital, que tendrá 450 camas.",
    ],
    explanation: "El instituto de estadística publica un paro del 12,4 % para 2025.",
  },
  {
    language: "ar",
    locale: "ar-EG",
    dir: "rtl",
    messages: { desk: arDesk, review: arReview, workspace: arWorkspace },
    claim: "قال وزير الاقتصاد إن معدل البطالة انخفض إلى 12.4 في المئة في عام 2025، وهو أدنى رقم منذ عشر سنوات.",
    body: [
      "قال وزير الاقتصاد إن معدل البطالة انخفض إلى 12.4 في المئة في عام 2025، وهو أدنى رقم منذ عشر سنوات.",
      "وتقول المعارضة إن الحكومة بنت 4000 منزل أقل مما وعدت به في القاهرة.",
      "وافتتح المحافظ يوم الثلاثاء المستشفى الجديد الذي سيضم 450 سريرا.",
    ],
    explanation: "ينشر جهاز الإحصاء معدل بطالة قدره 12.4 في المئة لعام 2025.",
  },
] as const;

type Loop = (typeof LOOPS)[number];

/** The loop's words: `t("review.publishPanel.open")`, with ICU placeholders filled as the page fills them. */
function wordsOf(loop: Loop) {
  const t = createTranslator({ locale: loop.language, messages: loop.messages });
  return (key: string, values?: Record<string, string | number>) => (t as unknown as (k: string, v?: object) => string)(key, values);
}

/** A button whose name is the message for some count the test does not know (at most ten). */
function anyCount(t: ReturnType<typeof wordsOf>, key: string): RegExp {
  const names = Array.from({ length: 10 }, (_, i) => t(key, { count: i + 1 }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^(${names.join("|")})$`);
}

/** A browser that asks for the loop's language, signed in as the account. */
async function staffPage(browser: Browser, loop: Loop, account: SeededAccount): Promise<Page> {
  const context = await browser.newContext({ locale: loop.locale });
  await context.addCookies(await savedSession(browser, account.email, account.password));
  return context.newPage();
}

for (const loop of LOOPS) {
  test(`the loop in ${loop.language}: paste, split, review, sign off, publish, read`, async ({ browser, request }) => {
    test.setTimeout(180_000);
    const t = wordsOf(loop);
    const [editorAccount, reviewerAccount] = await Promise.all([seedAccount(request, "editor"), seedAccount(request, "reviewer")]);
    const title = uniqueTitle(loop.language === "es" ? "Paro" : "البطالة");

    // The editor pastes the article; the desk is in the browser's language.
    const editor = await staffPage(browser, loop, editorAccount);
    await editor.goto("/desk/articles/new");
    await expect(editor.locator("html")).toHaveAttribute("lang", loop.language);
    await expect(editor.locator("html")).toHaveAttribute("dir", loop.dir);
    await expect(editor.getByRole("heading", { name: t("desk.newArticle.heading") })).toBeVisible();
    await editor.getByLabel(t("desk.articleFields.title"), { exact: true }).fill(title);
    await editor.getByLabel(t("desk.articleFields.body"), { exact: true }).fill(loop.body.join("\n"));
    await editor.getByRole("button", { name: t("desk.articleFields.save") }).click();
    await expect(editor).toHaveURL(/\/desk\/articles\/[0-9a-f-]{36}$/);
    const workspace = editor.url();

    // Split: the suggested sentences, ranked in the article's language, become claims.
    await editor.getByRole("button", { name: anyCount(t, "workspace.suggestions.acceptAll") }).click();
    const claims = (page: Page) => page.getByRole("listbox", { name: t("workspace.claimList.listLabel") });
    const claim = (page: Page) => claims(page).getByRole("option").filter({ hasText: loop.claim });
    await expect(claim(editor)).toHaveCount(1);

    // Review: the editor assigns the claim; the reviewer rates it and sends it for sign-off.
    await claim(editor).click();
    await editor.getByLabel(t("review.assignReviewerForm.reviewer"), { exact: true }).selectOption({ label: reviewerAccount.name });
    await editor.getByRole("button", { name: t("review.assignReviewerForm.save") }).click();
    await expect(editor.getByRole("status").filter({ hasText: t("review.assignReviewerForm.assigned") })).toBeVisible();

    const reviewer = await staffPage(browser, loop, reviewerAccount);
    await reviewer.goto(workspace);
    await claim(reviewer).click();
    await reviewer.getByLabel(t("review.reviewForm.verdict"), { exact: true }).selectOption({ index: 5 });
    await reviewer.getByLabel(t("review.reviewForm.explanation"), { exact: true }).fill(loop.explanation);
    await reviewer.getByLabel(t("review.reviewForm.sendForSignoff")).check();
    await reviewer.getByRole("button", { name: t("review.reviewForm.save") }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: t("review.reviewForm.savedAndSent") })).toBeVisible();
    await reviewer.context().close();

    // Sign off and publish.
    await editor.reload();
    await claim(editor).click();
    await editor.getByRole("button", { name: t("review.signOffPanel.signOff") }).click();
    await expect(editor.getByRole("status").filter({ hasText: t("workspace.actions.verdictSignedOff") })).toBeVisible();
    await editor.getByRole("button", { name: t("review.publishPanel.open") }).click();
    const panel = editor.getByRole("region", { name: t("review.publishPanel.publishVersion", { version: 1 }) });
    await panel.getByRole("button", { name: t("review.publishPanel.publishVersion", { version: 1 }) }).click();
    await expect(editor.getByRole("status").filter({ hasText: t("review.publishPanel.published", { number: 1 }) })).toBeVisible();
    const readerPath = (await editor.getByRole("link", { name: t("review.publishPanel.readAsReaders") }).getAttribute("href"))!;
    await editor.context().close();

    // Read: the article's text in its language and direction, the verdict's explanation beside the claim, and
    // ClaimReview in the language its statement and explanation are written in (the article's here).
    const readerContext = await browser.newContext({ locale: loop.locale });
    const reader = await readerContext.newPage();
    expect((await reader.goto(readerPath))?.status()).toBe(200);
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const text = reader.locator(`[lang="${loop.language}"][dir="${loop.dir}"]`).filter({ hasText: loop.body[1] });
    await expect(text).toHaveCount(1);
    await expect(reader.getByText(loop.explanation)).toBeVisible();
    const markup = await reader.locator('script[type="application/ld+json"]').allTextContents();
    const reviews = markup.flatMap((json) => [JSON.parse(json) as unknown].flat()).flatMap((node) => {
      const graph = (node as { "@graph"?: unknown[] })["@graph"];
      return graph ?? [node];
    }) as { "@type"?: string; inLanguage?: string; claimReviewed?: string }[];
    expect(reviews.filter((node) => node["@type"] === "ClaimReview").map((node) => [node.inLanguage, node.claimReviewed])).toEqual([
      [loop.language, loop.claim],
    ]);
    await readerContext.close();
  });
}
