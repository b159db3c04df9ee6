import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// The layer rules of eslint.config.mjs, tried on back-edges a change could add: each must fail `npm run lint`.

const root = path.resolve(import.meta.dirname, "../..");
let forText: ESLint;

beforeAll(() => {
  forText = new ESLint({ cwd: root });
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await forText.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

const RESTRICTED = expect.arrayContaining([expect.stringMatching(/^import\/no-restricted-paths/)]);

// The first lint of a run loads ESLint's plugins and the type-aware parser: seconds on a busy machine.
describe("dependencies point one way", { timeout: 60_000 }, () => {
  test.each([
    ["lib/domain/backEdge.ts", "@/db/client"],
    ["lib/domain/backEdge.ts", "@/lib/auth/permissions"],
    ["db/backEdge.ts", "@/lib/auth/permissions"],
    ["lib/core/backEdge.ts", "@/lib/auth/permissions"],
    ["lib/core/backEdge.ts", "@/lib/net/fetchPage"],
    ["lib/domain/backEdge.ts", "@/lib/net/importSafety"],
    ["lib/net/backEdge.ts", "@/lib/services/claims/createClaim"],
    ["lib/net/backEdge.ts", "@/lib/auth/permissions"],
    ["components/BackEdge.tsx", "@/lib/net/fetchPage"],
    ["lib/auth/backEdge.ts", "@/lib/services/claims/createClaim"],
    ["lib/auth/backEdge.ts", "../services/claims/createClaim"],
    ["lib/services/backEdge.ts", "@/lib/web/actionResult"],
    ["app/backEdge/page.tsx", "@/db/client"],
    ["components/BackEdge.tsx", "@/lib/services/claims/editClaim"],
    ["components/BackEdge.tsx", "@/lib/auth"],
    ["lib/core/backEdge.ts", "@/server/readerCache"],
    ["proxy.ts", "@/server/ownHeaders"],
  ])("%s may not import %s", async (file, from) => {
    expect(await problems(file, `import * as imported from "${from}";\nexport const x = imported;\n`)).toEqual(RESTRICTED);
  });

  test("components may import the DTO types of lib/services, and routes may call services", async () => {
    expect(await problems("components/Fine.tsx", `import type { ClaimDto } from "@/lib/services/claims/claimDto";\nexport type X = ClaimDto;\n`)).toEqual([]);
    expect(await problems("app/fine/page.tsx", `import { editClaim } from "@/lib/services/claims/editClaim";\nexport const x = editClaim;\n`)).toEqual([]);
    expect(await problems("lib/services/fine.ts", `import { fetchPage } from "@/lib/net/fetchPage";\nexport const x = fetchPage;\n`)).toEqual([]);
  });
});

describe("no import circles", { timeout: 60_000 }, () => {
  const dir = path.join(root, "lib", "domain", "__cycle_fixture__");

  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "a.ts"), `import { b } from "./b";\nexport const a = () => b;\n`);
    fs.writeFileSync(path.join(dir, "b.ts"), `import { a } from "@/lib/domain/__cycle_fixture__/a";\nexport const b = () => a;\n`);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  // `npm run lint`'s second half: oxlint with .oxlintrc.json (one of the two imports goes through the `@/` alias).
  const oxlint = () => execFileSync(path.join(root, "node_modules", ".bin", "oxlint"), ["-c", ".oxlintrc.json", "--format", "unix", dir], { cwd: root, encoding: "utf8" });

  test("two modules importing each other fail the lint", () => {
    let output = "";
    try {
      oxlint();
    } catch (failed) {
      output = String((failed as { stdout?: string }).stdout);
    }
    expect(output).toMatch(/no-cycle/);
  });

  test("without the circle the lint passes", () => {
    fs.writeFileSync(path.join(dir, "b.ts"), `export const b = () => 1;\n`);
    expect(() => oxlint()).not.toThrow();
  });
});

describe("translated files hold no words of their own", { timeout: 60_000 }, () => {
  const WORDS = expect.arrayContaining([expect.stringMatching(/^interface-words\/no-literal-words/)]);
  const footer = (body: string) => `export function SiteFooter({ t }: { t: (key: string) => string }) {\n  return ${body};\n}\n`;

  test.each([
    ["text", footer(`<p>Published by us</p>`)],
    ["a label", footer(`<nav aria-label="About this site">{t("nav")}</nav>`)],
    ["a label in braces", footer(`<input placeholder={"Search"} />`)],
  ])("words in %s fail the lint", async (_, code) => {
    expect(await problems("components/reader/SiteFooter.tsx", code)).toEqual(WORDS);
  });

  test("words from the catalogs, and punctuation, pass", async () => {
    expect(await problems("components/reader/SiteFooter.tsx", footer(`<p title={t("title")}>{t("text")} · 2</p>`))).toEqual([]);
  });
});

describe("services name catalog words, never English sentences", { timeout: 60_000 }, () => {
  const ENGLISH = expect.arrayContaining([expect.stringMatching(/^service-words\/no-literal-errors/)]);
  const verb = (body: string) =>
    `import { z } from "zod";\nimport { ConflictError, ValidationError } from "@/lib/core/errors";\nimport { words } from "@/lib/core/serviceWords";\nimport { said } from "@/lib/core/zodWords";\n${body}\n`;

  test.each([
    ["a refusal", verb(`export const no = () => { throw new ValidationError("You cannot do that."); };`)],
    ["a field's error", verb(`export const no = () => { throw new ValidationError(words("enterTitle"), { title: "Enter a title." }); };`)],
    ["a conflict's line", verb("export const no = (n: number) => { throw new ConflictError(undefined, [`Claim ${n} changed.`]); };")],
    ["a schema's message", verb(`export const schema = z.string().min(1, "Enter a title.");`)],
    ["a schema's error option", verb(`export const schema = z.url({ error: "Enter a full web address." });`)],
  ])("English in %s fails the lint", async (_, code) => {
    expect(await problems("lib/services/articles/refusal.ts", code)).toEqual(ENGLISH);
  });

  test("catalog words, codes and single words pass", async () => {
    const code = verb(
      `export const schema = z.strictObject({ title: z.string().min(1, said("enterTitle")), view: z.enum(["open", "closed"]).default("open") });\n` +
        `export const no = () => { throw new ValidationError(words("enterTitle"), { title: words("enterTitle") }); };\n` +
        `export const changed = () => { throw new ConflictError(words("claimChanged"), [words("conflictStatus", { status: "new" })]); };`,
    );
    expect(await problems("lib/services/articles/refusal.ts", code)).toEqual([]);
  });
});

describe("pure code whose refusals services pass on names catalog words too", { timeout: 60_000 }, () => {
  const ENGLISH = expect.arrayContaining([expect.stringMatching(/^service-words\/no-literal-errors/)]);
  const rule = (body: string) => `export class ClaimReviewFileError extends Error {}\n${body}\n`;

  test.each([
    ["a field's error", rule("export const plan = (errors: Record<string, unknown>, i: number) => { errors[`verdicts.${i}.label`] = \"Give the verdict a name.\"; };")],
    ["a message", rule(`export const plan = () => ({ ok: false, message: "Nothing has changed since the scale was last saved." });`)],
    ["an error of its own", rule("export const read = (n: number) => { throw new ClaimReviewFileError(`The file holds ${n} records.`); };")],
  ])("English in %s fails the lint", async (_, code) => {
    expect(await problems("lib/domain/ratingScaleEdit.ts", code)).toEqual(ENGLISH);
  });

  test("words, field names and a programmer's error pass", async () => {
    const code = rule(
      "export const plan = (errors: Record<string, unknown>, i: number) => { errors[`verdicts.${i}.label`] = { key: \"verdictNeedsName\" }; return { ok: false, message: { key: \"scaleUnchanged\" } }; };\n" +
        "export const read = (n: number) => { if (n < 0) throw new Error(`not a count: ${n}`); throw new ClaimReviewFileError({ key: \"fileEmpty\" } as never); };",
    );
    expect(await problems("lib/domain/ratingScaleEdit.ts", code)).toEqual([]);
  });
});
