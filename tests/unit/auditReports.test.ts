import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { changeAsText, describeAuditChange, type NameOf } from "@/lib/domain/auditChanges";
import {
  actionChoices,
  actionInWords,
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_FIELDS,
  AUDIT_VALUES,
  entityTypeInWords,
  fieldInWords,
} from "@/lib/domain/auditWords";
import { csvCell, csvRow } from "@/lib/domain/csv";
import { approvalSentence, formatHours, formatShare, STATISTICS_SENTENCES_NAMESPACE, type StatisticsWords } from "@/lib/domain/statisticsSentences";
import { defaultRange, weekOf, weeksBetween } from "@/lib/domain/statisticsRange";
import { auditWordsIn } from "@/lib/services/audit/auditEntries";
import { CATALOGS } from "@/messages/catalogs";

const REVIEWER = "11111111-1111-4111-8111-111111111111";
const nameOf: NameOf = (kind, id) => (kind === "user" && id === REVIEWER ? "Rosa" : undefined);
const english = auditWordsIn("en");

describe("CSV cells", () => {
  test("quote commas, quotes and line breaks, doubling quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", then')).toBe('"say ""hi"", then"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
  });

  test("make a cell a spreadsheet would run as a formula plain text", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}SUM(A1)`).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    // Full-width and small forms, which some spreadsheets read as the plain ones, and formulas after spaces.
    for (const start of ["＝", "＋", "－", "＠", "﹦", "﹢", " =", "\u3000=", "\u00a0+"]) expect(csvCell(`${start}1+1`).startsWith("'"), start).toBe(true);
    expect(csvCell("Ｅｄｉｔｏｒ")).toBe("Ｅｄｉｔｏｒ");
    // Numbers are numbers, not formulas.
    expect(csvCell(-5)).toBe("-5");
    expect(csvRow(["a", "=b", null])).toBe("a,'=b,\r\n");
  });
});

describe("actions and fields in words", () => {
  test("every recorded code reads as words, and unknown codes fall back to their parts", () => {
    expect(actionInWords("claim.sign_off", english)).toBe("Verdict signed off");
    expect(actionInWords("scale.retire_verdict", english)).toBe("Rating scale: retire verdict");
    expect(actionInWords("billing.invoiceSent", english)).toBe("Billing: invoice sent");
    expect(fieldInWords("reviewerId", english)).toBe("Reviewer");
    expect(fieldInWords("someNewField", english)).toBe("Some new field");
  });

  test("the drop-down offers each group, then its actions, including codes recorded but not in the table", () => {
    const groups = actionChoices(["claim.sign_off", "widget.spin"], english);
    expect(groups.find((g) => g.group === "widget.")).toEqual({ group: "widget.", label: "Widget", actions: [{ value: "widget.spin", label: "Widget: spin" }] });
    const offered = groups.flatMap((g) => g.actions.map((a) => a.value));
    for (const code of AUDIT_ACTIONS) expect(offered).toContain(code);
  });

  test("the catalog has words for exactly the codes listed, and they read in the admin's language", () => {
    const words = CATALOGS.en.admin.auditWords;
    const keysOf = (tree: object, prefix = ""): string[] =>
      Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`)));
    expect(keysOf(words.actions).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(Object.keys(words.groups).sort()).toEqual([...AUDIT_ACTION_GROUPS].sort());
    expect(Object.keys(words.fields).sort()).toEqual([...AUDIT_FIELDS].sort());
    expect(Object.keys(words.entityTypes).sort()).toEqual([...AUDIT_ENTITY_TYPES].sort());
    expect(keysOf(words.values).sort()).toEqual(Object.entries(AUDIT_VALUES).flatMap(([field, codes]) => codes.map((code) => `${field}.${code}`)).sort());

    const spanish = auditWordsIn("es");
    expect(actionInWords("claim.sign_off", spanish)).toBe(CATALOGS.es.admin.auditWords.actions.claim.sign_off);
    expect(actionInWords("claim.sign_off", spanish)).not.toBe("Verdict signed off");
    expect(changeAsText(describeAuditChange({ status: "new" }, { status: "signed_off" }, nameOf, spanish))).toBe(
      `${CATALOGS.es.admin.auditWords.fields.status}: ${CATALOGS.es.admin.auditWords.values.status.new} → ${CATALOGS.es.admin.auditWords.values.status.signed_off}`,
    );
  });

  test("a sign-in and an import read in Ukrainian, their fields and codes included", () => {
    const ukrainian = auditWordsIn("uk");
    const { fields, values } = CATALOGS.uk.admin.auditWords;
    expect(changeAsText(describeAuditChange(null, { sessionId: "s-1", method: "password+totp", address: "203.0.113.7" }, nameOf, ukrainian))).toBe(
      `${fields.sessionId}: s-1; ${fields.method}: ${values.method["password+totp"]}; ${fields.address}: 203.0.113.7`,
    );
    expect(changeAsText(describeAuditChange(null, { from: "file", format: "jsonl", imported: 2 }, nameOf, ukrainian))).toBe(
      `${fields.from}: ${values.from.file}; ${fields.format}: ${values.format.jsonl}; ${fields.imported}: 2`,
    );
    expect(fields.method).not.toBe("Method");
  });
});

describe("an entry's change", () => {
  test("names people, lists sources as links (only http ones), and lists only fields that changed", () => {
    const change = describeAuditChange(
      { reviewerId: null, status: "new", sources: [] },
      { reviewerId: REVIEWER, status: "new", sources: [{ url: "https://a.test/x", title: "A" }, { url: "javascript:alert(1)", title: "" }] },
      nameOf,
      english,
    );
    expect(change.mode).toBe("changed");
    expect(change.changes).toEqual([
      { field: "Reviewer", before: { kind: "text", text: "(none)" }, after: { kind: "text", text: "Rosa" } },
      {
        field: "Sources",
        before: { kind: "text", text: "(none)" },
        after: { kind: "list", items: [{ text: "A", href: "https://a.test/x" }, { text: "javascript:alert(1)", href: null }] },
      },
    ]);
    expect(changeAsText(change)).toBe("Reviewer: (none) → Rosa; Sources: (none) → A <https://a.test/x>, javascript:alert(1)");
  });

  test("an unknown id says so in words; creations and removals list what was recorded", () => {
    const gone = "22222222-2222-4222-8222-222222222222";
    expect(describeAuditChange(null, { verdictId: gone }, nameOf, english).changes[0]?.after).toEqual({ kind: "text", text: "a verdict no longer known" });
    expect(describeAuditChange({ body: "x".repeat(200) }, null, nameOf, english)).toMatchObject({ mode: "removed", changes: [{ field: "Body", after: null }] });
    expect(describeAuditChange(null, null, nameOf, english)).toEqual({ mode: "none", changes: [] });
  });
});

describe("recorded codes and JSON read as words", () => {
  const words = (before: unknown, after: unknown) => changeAsText(describeAuditChange(before, after, nameOf, english));

  test("statuses, places in the text, reasons and roles", () => {
    expect(words({ status: "needs_signoff" }, { status: "signed_off" })).toBe("Status: Needs sign-off → Signed off");
    expect(words({ anchorState: "changed" }, { anchorState: "ok" })).toBe("Words in the text: Source text changed → In place");
    expect(words(null, { reason: "wrong_password", address: "203.0.113.7" })).toBe("Reason: wrong password; From address: 203.0.113.7");
    expect(words({ role: "reviewer" }, { role: "editor" })).toBe("Role: Reviewer → Editor");
    // Free text stays as typed.
    expect(words(null, { comment: "Check the 2019 figure" })).toBe("Comment: Check the 2019 figure");
  });

  test("counts number first, named things by name, other records field by field, never JSON", () => {
    expect(words({ textRevision: 1 }, { textRevision: 2, claims: { moved: 0, changed: 2, orphaned: 0, unchanged: 8 } })).toBe(
      "Text revision: 1 → 2; Claims: (none) → 0 moved, 2 changed, 0 orphaned, 8 unchanged",
    );
    const verdicts = [
      { label: "False", colour: "#b91c1c", retired: false },
      { label: "Unproven", colour: "#666666", retired: true },
    ];
    expect(describeAuditChange(null, { verdicts }, nameOf, english).changes[0]?.after).toEqual({
      kind: "list",
      items: [
        { text: "False", href: null },
        { text: "Unproven (retired)", href: null },
      ],
    });
    expect(words(null, { filters: { action: "claim.", entityType: "rating_scale" } })).toBe("Filters: Action: claim., Entity type: rating scale");
    expect(words(null, { spans: [{ start: 3, end: 9 }] })).toBe("Spans: characters 3–9");
    expect(entityTypeInWords("rating_scale", english)).toBe("Rating scale");
    expect(entityTypeInWords("fact_check_import", english)).toBe("Fact-check import");
    expect(entityTypeInWords("brand_new_thing", english)).toBe("Brand new thing");
  });
});

describe("statistics ranges and sentences", () => {
  test("weeks start on Monday and cover the range", () => {
    expect(weekOf("2026-03-04")).toBe("2026-03-02");
    expect(weekOf("2026-03-02")).toBe("2026-03-02");
    expect(weekOf("2026-03-08")).toBe("2026-03-02");
    expect(weeksBetween("2026-03-04", "2026-03-16")).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(defaultRange("2026-03-31")).toEqual({ from: "2026-01-07", to: "2026-03-31" });
  });

  const wordsIn = (language: "en" | "es"): StatisticsWords => ({
    say: createTranslator({ locale: language, messages: CATALOGS[language], namespace: STATISTICS_SENTENCES_NAMESPACE }),
    number: (value, options) => new Intl.NumberFormat(language, options).format(value),
  });

  test("durations and the approval sentence read as a person would say them", () => {
    const words = wordsIn("en");
    expect(formatHours(0.5, words)).toBe("30 minutes");
    expect(formatHours(3, words)).toBe("3 hours");
    expect(formatHours(1, words)).toBe("1 hour");
    expect(formatHours(72, words)).toBe("3 days");
    expect(formatShare(1 / 3, words)).toBe("33%");
    expect(approvalSentence({ claims: 5, medianHours: 3, p90Hours: 7.6 }, words)).toBe(
      "Half of the 5 claims signed off in this range were approved within 3 hours of being added, and nine in ten within 7.6 hours.",
    );
  });

  test("in another language, the sentences' words and numbers are that language's", () => {
    const words = wordsIn("es");
    expect(formatHours(7.6, words)).toBe("7,6 horas");
    expect(approvalSentence({ claims: 1, medianHours: 1, p90Hours: 1 }, words)).not.toContain("claim");
  });
});
