import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { createTranslator } from "next-intl";
import { notSentMessage } from "@/components/desk/sendable";
import nextConfig from "@/next.config.js";
import { articleTextProblem, FORM_BODY_BYTES, formSizeProblem, MAX_ARTICLE_CHARACTERS, tooLargeToSend } from "@/lib/domain/limits";
import { bodyLimit } from "@/lib/web/securityHeaders";
import { CATALOGS } from "@/messages/catalogs";

// One setting for the size of a form's body (lib/domain/bodyLimits.mjs), read by the server's cap, Next.js's limit,
// the forms and the deployment guide's proxy line, so that the server's 413 (with a sentence the form shows) is the
// refusal that comes, never Next.js's 500 or a proxy's page.

const root = path.resolve(import.meta.dirname, "../..");
const MB = 1024 * 1024;

describe("the body limit of a page's form", () => {
  test("Next.js's limit for server actions is never below the server's cap, so the server's 413 comes first", () => {
    const nextLimit = nextConfig.experimental?.serverActions?.bodySizeLimit;
    expect(typeof nextLimit).toBe("number");
    for (const page of ["/desk/articles/new", "/desk/archive", "/desk/articles/0b0c3a9e-0000-4000-8000-000000000000"]) {
      expect(bodyLimit(page)).toBe(FORM_BODY_BYTES);
      expect(nextLimit as number).toBeGreaterThanOrEqual(bodyLimit(page));
    }
  });

  test("the deployment guide's proxy lets every form through", () => {
    const guide = fs.readFileSync(path.join(root, "docs/deploy.md"), "utf8");
    const sizes = [...guide.matchAll(/client_max_body_size\s+(\d+)([km])/g)].map(([, n, unit]) => Number(n) * (unit === "m" ? MB : 1024));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(FORM_BODY_BYTES);
  });

  test("the longest article fits, written in a three-byte script, and one too large to send gets the form's sentence", () => {
    const longest = "ж".repeat(MAX_ARTICLE_CHARACTERS - 1) + "€";
    expect(articleTextProblem(longest, new TextEncoder().encode(JSON.stringify({ body: longest })).length)).toBeNull();
    expect(articleTextProblem("x", FORM_BODY_BYTES)).toEqual({ key: "tooLarge", values: { size: "4 MB" } });
    expect(formSizeProblem(FORM_BODY_BYTES - 128 * 1024)).toBeNull();
    expect(formSizeProblem(FORM_BODY_BYTES)).toBe(tooLargeToSend());
    expect(tooLargeToSend()).toBe("This is too large to send: at most 4 MB.");
    expect(tooLargeToSend(64 * 1024)).toBe("This is too large to send: at most 64 KB.");
  });

  test("an article too long or too large is refused in the editor's language, never in English", () => {
    const tooLong = articleTextProblem("ж".repeat(MAX_ARTICLE_CHARACTERS + 1), MAX_ARTICLE_CHARACTERS * 2);
    const tooLarge = articleTextProblem("x", FORM_BODY_BYTES);
    const said = (language: keyof typeof CATALOGS, problem: typeof tooLong) => {
      const t = createTranslator({ locale: language, messages: CATALOGS[language], namespace: "desk.articleFields" });
      return t(problem!.key, problem!.values);
    };
    expect(said("en", tooLong)).toBe(
      "The article is too long: 1,000,001 characters, and at most 1,000,000 fit. Your text is still in the box; shorten it or split it into two articles.",
    );
    expect(said("en", tooLarge)).toBe("This is too large to send: at most 4 MB. Your text is still in the box; shorten it or split it into two articles.");
    expect(said("uk", tooLong)).toMatch(/^Стаття задовга: 1\s000\s001 символ, а вміщається щонайбільше 1\s000\s000\./);
    expect(said("ar", tooLong)).toMatch(/^المقالة طويلة جدًا/);
    expect(said("es", tooLarge)).toMatch(/^Es demasiado grande para enviarlo: como máximo 4 MB\./);
  });

  test("a form shows the server's 413 sentence when the action's request is refused for its size, else its own", () => {
    // Next.js's client throws the text of a bare text/plain error answer to an action.
    expect(notSentMessage(new Error(`${tooLargeToSend()}\n`))).toBe(tooLargeToSend());
    expect(notSentMessage(new TypeError("Failed to fetch"))).toMatch(/could not be reached/);
    expect(notSentMessage(new Error("An unexpected response was received from the server."), "fallback")).toBe("fallback");
  });
});
