import { beforeEach, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, claims } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/core/errors";
import { exportAuditLog } from "@/lib/services/audit/exportAuditLog";
import { listAuditFilterOptions } from "@/lib/services/audit/listAuditFilterOptions";
import { listAuditLog } from "@/lib/services/audit/listAuditLog";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { databaseToday } from "@/lib/services/claims/dueDates";
import { editClaim } from "@/lib/services/claims/editClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { getNewsroomStatistics } from "@/lib/services/statistics/getNewsroomStatistics";
import { CATALOGS } from "@/messages/catalogs";
import { resetDatabase } from "./database";
import { makeArticle, makeUser, publishAsShown, SAMPLE_BODY, spanOf } from "./factories";

type Ctx = Awaited<ReturnType<typeof makeUser>>;

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";
const DAY = 86_400_000;

let admin: Ctx;
let editor: Ctx;
let reviewer: Ctx;

beforeEach(async () => {
  await resetDatabase();
  admin = await makeUser("admin");
  editor = await makeUser("editor");
  reviewer = await makeUser("reviewer", "Rosa");
});

/** A claim reviewed by the reviewer with the first verdict and two sources, then signed off by the editor. */
async function signedOffClaim(articleId: string, quote = FIRST) {
  const claim = await createClaim(editor, { articleId, ...spanOf(quote) });
  const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
  const [verdict] = await listVerdicts(editor);
  const reviewed = await reviewClaim(reviewer, {
    claimId: claim.id,
    version: assigned.version,
    verdictId: verdict!.id,
    publicExplanation: "Official data say 4.1 percent.",
    sources: [
      { url: "https://stats.example.test/unemployment", title: "Statistics office" },
      { url: "https://example.test/report" },
    ],
    readyForSignoff: true,
  });
  await signOffClaim(editor, { claimId: claim.id, version: reviewed.version });
  return { claim, verdict: verdict! };
}

describe("readable audit entries", () => {
  test("name claims, articles, verdicts and people, say actions in words, list sources and link to the item", async () => {
    const article = await makeArticle(editor, "Budget speech");
    const { claim, verdict } = await signedOffClaim(article.id);
    const { entries } = await listAuditLog(admin, {});
    const byAction = new Map(entries.map((entry) => [entry.action, entry]));

    const assign = byAction.get("claim.assign")!;
    expect(assign.actionLabel).toBe("Reviewer assigned");
    expect(assign.entity).toEqual({ label: FIRST, href: `/desk/articles/${article.id}#claim-${claim.id}` });
    expect(assign.change.changes).toContainEqual({ field: "Reviewer", before: { kind: "text", text: "(none)" }, after: { kind: "text", text: "Rosa user" } });

    const review = byAction.get("claim.review")!;
    expect(review.actionLabel).toBe("Verdict saved");
    expect(review.change.changes).toContainEqual({ field: "Verdict", before: { kind: "text", text: "(none)" }, after: { kind: "text", text: verdict.label } });
    expect(review.change.changes).toContainEqual({
      field: "Sources",
      before: { kind: "text", text: "(none)" },
      after: {
        kind: "list",
        items: [
          { text: "Statistics office", href: "https://stats.example.test/unemployment" },
          { text: "https://example.test/report", href: "https://example.test/report" },
        ],
      },
    });
    // No id is left for a person to decode.
    expect(JSON.stringify(review.change)).not.toContain(verdict.id);

    expect(byAction.get("claim.sign_off")?.actionLabel).toBe("Verdict signed off");
    expect(byAction.get("article.create")?.entity).toEqual({ label: "Budget speech", href: `/desk/articles/${article.id}` });
    const created = entries.find((e) => e.action === "user.create" && e.entityId === reviewer.actor.id)!;
    expect(created.entity).toEqual({ label: "Rosa user", href: `/admin/users#user-${reviewer.actor.id}` });
  });

  test("an unknown action code still reads as words; a deleted claim keeps the statement it was recorded with", async () => {
    const db = await getDb();
    await db.insert(auditLog).values([
      { action: "scale.retire_verdict", entityType: "verdict", entityId: "not-a-uuid", after: { label: "Half true" } },
      { action: "claim.delete", entityType: "claim", entityId: "00000000-0000-4000-8000-000000000001", before: { statement: "Gone but named" } },
    ]);
    const { entries } = await listAuditLog(admin, {});
    expect(entries[1]).toMatchObject({ actionLabel: "Rating scale: retire verdict", entity: { label: "not-a-uuid", href: null } });
    expect(entries[0]).toMatchObject({ actionLabel: "Claim deleted", entity: { label: "Gone but named (deleted)", href: null } });
  });

  test("names are looked up in one query per kind of thing, however many entries the page shows", async () => {
    const article = await makeArticle(editor);
    for (const quote of [FIRST, SECOND]) {
      const claim = await createClaim(editor, { articleId: article.id, ...spanOf(quote) });
      await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    }
    const selects = async () => {
      const spy = vi.spyOn(admin.db, "select");
      try {
        const page = await listAuditLog(admin, {});
        return { entries: page.entries.length, queries: spy.mock.calls.length };
      } finally {
        spy.mockRestore();
      }
    };
    const few = await selects();
    for (let i = 0; i < 4; i++) {
      const more = await makeArticle(editor, `Another ${i}`);
      const claim = await createClaim(editor, { articleId: more.id, ...spanOf(FIRST) });
      await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    }
    const many = await selects();
    expect(many.entries).toBeGreaterThan(few.entries);
    // The account check, the page of entries, and at most one lookup each of people, verdicts, claims and articles.
    expect(many.queries).toBeLessThanOrEqual(6);
    expect(many.queries).toBe(few.queries);
  });
});

describe("the date range", () => {
  test("keeps entries of the days from and to, both included (UTC), and refuses a bad or reversed range", async () => {
    const db = await getDb();
    const at = (iso: string) => new Date(iso);
    await db.insert(auditLog).values([
      { action: "organisation.update", entityType: "organisation", entityId: "1", createdAt: at("2026-02-28T23:59:59Z") },
      { action: "organisation.update", entityType: "organisation", entityId: "1", createdAt: at("2026-03-01T00:00:00Z") },
      { action: "organisation.update", entityType: "organisation", entityId: "1", createdAt: at("2026-03-03T23:59:59Z") },
      { action: "organisation.update", entityType: "organisation", entityId: "1", createdAt: at("2026-03-04T00:00:00Z") },
    ]);
    const times = async (input: Parameters<typeof listAuditLog>[1]) =>
      (await listAuditLog(admin, { action: "organisation.update", ...input })).entries.map((e) => e.at.toISOString());
    expect(await times({ from: "2026-03-01", to: "2026-03-03" })).toEqual(["2026-03-03T23:59:59.000Z", "2026-03-01T00:00:00.000Z"]);
    expect(await times({ from: "2026-03-04" })).toEqual(["2026-03-04T00:00:00.000Z"]);
    expect(await times({ to: "2026-02-28" })).toEqual(["2026-02-28T23:59:59.000Z"]);
    expect(await times({ from: "", to: "" })).toHaveLength(4);
    // The end of the last day there is lies past what the database takes: no bound, not a failed query.
    expect(await times({ from: "2026-03-04", to: "9999-12-31" })).toEqual(["2026-03-04T00:00:00.000Z"]);

    const refusal = (input: Parameters<typeof listAuditLog>[1]) => listAuditLog(admin, input).then(
      () => {
        throw new Error("was accepted");
      },
      (e: unknown) => e as ValidationError,
    );
    expect((await refusal({ from: "2026-02-30" })).fieldErrors.from).toMatch(/YYYY-MM-DD/);
    expect((await refusal({ to: "yesterday" })).fieldErrors.to).toMatch(/YYYY-MM-DD/);
    const reversed = await refusal({ from: "2026-03-03", to: "2026-03-01" });
    expect(reversed).toBeInstanceOf(ValidationError);
    expect(reversed.fieldErrors.to).toBe("The end date must be on or after the start date.");
  });
});

async function collect(chunks: AsyncGenerator<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

describe("the CSV export", () => {
  test("lists the filtered entries newest first, page by page, with names, and is itself audited", async () => {
    const article = await makeArticle(editor);
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    await editClaim(editor, { claimId: claim.id, version: claim.version, statement: '=HYPERLINK("http://evil.test","click"), said the mayor', claimant: "+mayor" });
    const claimEntries = (await listAuditLog(admin, { action: "claim." })).entries;
    expect(claimEntries).toHaveLength(2);

    const exported = await exportAuditLog(admin, { action: "claim." });
    const chunks = await collect(exported.chunks(1));
    // The header, then one chunk per page of one row: the rows were read in pages, not all at once.
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toBe("id,time_utc,actor,actor_id,action,action_in_words,entity_type,entity_id,entity,change,before_json,after_json\r\n");
    expect(chunks.slice(1).map((chunk) => Number(chunk.split(",")[0]))).toEqual(claimEntries.map((e) => e.id));

    const edited = chunks[1]!;
    expect(edited).toContain(",editor user,");
    expect(edited).toContain(",claim.edit,Claim edited,claim,");
    // A cell that a spreadsheet would run as a formula is made text; quotes are doubled inside a quoted cell.
    expect(edited).toContain(`,"'=HYPERLINK(""http://evil.test"",""click""), said the mayor",`);
    expect(edited.endsWith("\r\n")).toBe(true);

    const [audit] = (await listAuditLog(admin, { action: "audit.export" })).entries;
    expect(audit).toMatchObject({ actorName: "admin user", actionLabel: "Audit log exported", after: { filters: { action: "claim." } } });
  });

  test("are in the admin's interface language on the page, and in English in the CSV", async () => {
    const article = await makeArticle(editor);
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf(FIRST) });
    await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    const spanish = CATALOGS.es.admin.auditWords;
    const [assigned] = (await listAuditLog(admin, { action: "claim.assign", language: "es" })).entries;
    expect(assigned).toMatchObject({ actionLabel: spanish.actions.claim.assign, entityTypeLabel: spanish.entityTypes.claim });
    expect(assigned!.change.changes.map((c) => c.field)).toContain(spanish.fields.reviewerId);
    const options = await listAuditFilterOptions(admin, { language: "es" });
    expect(options.actions.find((group) => group.group === "claim.")?.label).toBe(spanish.groups.claim);

    const exported = (await collect((await exportAuditLog(admin, { action: "claim.assign" })).chunks())).join("");
    expect(exported).toContain(",claim.assign,Reviewer assigned,claim,");
    await expect(listAuditLog(admin, { language: "fr" } as never)).rejects.toBeInstanceOf(ValidationError);
  });

  test("streams every matching row across many pages, and refuses non-admins and bad filters", async () => {
    const db = await getDb();
    await db.insert(auditLog).values(Array.from({ length: 25 }, (_, i) => ({ action: "organisation.update", entityType: "organisation", entityId: "1", after: { name: `N${i}` } })));
    const exported = await exportAuditLog(admin, { action: "organisation.update" });
    const chunks = await collect(exported.chunks(10));
    expect(chunks).toHaveLength(1 + 3);
    const lines = chunks.join("").trimEnd().split("\r\n");
    expect(lines).toHaveLength(26);
    expect(lines[1]).toContain('"{""name"":""N24""}"');

    await expect(exportAuditLog(editor, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportAuditLog(admin, { from: "2026-13-01" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("newsroom statistics", () => {
  test("figures on a small fixed newsroom: weeks, verdicts, median and 90th percentile, open and overdue per reviewer", async () => {
    const db = await getDb();
    const today = await databaseToday(db);
    const day = (offset: number) => new Date(Date.parse(`${today}T12:00:00Z`) + offset * DAY);
    const article = await makeArticle(editor);
    const verdicts = await listVerdicts(editor);
    const [worst, best] = [verdicts[0]!, verdicts.at(-1)!];
    const other = await makeUser("reviewer", "Omar");
    let number = 0;
    const claim = (values: Partial<typeof claims.$inferInsert>) => ({
      articleId: article.id,
      number: ++number,
      anchorStart: 0,
      anchorEnd: 10,
      quote: SAMPLE_BODY.slice(0, 10),
      statement: `Claim ${number}`,
      ...values,
    });
    // Five claims signed off ten days ago, 1, 2, 3, 4 and 10 hours after they were made; one long before the range.
    const hours = [1, 2, 3, 4, 10];
    await db.insert(claims).values([
      ...hours.map((h, i) =>
        claim({ status: "signed_off", verdictId: i < 3 ? worst.id : best.id, createdAt: new Date(day(-10).getTime() - h * 3_600_000), signedOffAt: day(-10) }),
      ),
      claim({ status: "signed_off", verdictId: best.id, createdAt: day(-400), signedOffAt: day(-399) }),
      claim({ status: "in_progress", reviewerId: reviewer.actor.id, dueOn: today, createdAt: day(-3) }),
      claim({ status: "in_progress", reviewerId: reviewer.actor.id, dueOn: day(-2).toISOString().slice(0, 10), createdAt: day(-3) }),
      claim({ status: "needs_signoff", reviewerId: reviewer.actor.id, dueOn: day(-2).toISOString().slice(0, 10), createdAt: day(-3) }),
      claim({ status: "new", reviewerId: other.actor.id, dueOn: day(-1).toISOString().slice(0, 10), createdAt: day(-3) }),
      claim({ status: "signed_off", reviewerId: other.actor.id, dueOn: day(-1).toISOString().slice(0, 10), createdAt: day(-500), signedOffAt: day(-499) }),
    ]);

    const from = day(-20).toISOString().slice(0, 10);
    const stats = await getNewsroomStatistics(editor, { from, to: today });
    expect(stats).toMatchObject({ from, to: today });
    expect(stats.timeToApproval.claims).toBe(5);
    expect(stats.timeToApproval.medianHours).toBeCloseTo(3, 6);
    // percentile_cont: 4 + 0.6 × (10 − 4) hours.
    expect(stats.timeToApproval.p90Hours).toBeCloseTo(7.6, 6);

    const signOffWeek = weekOf(day(-10));
    expect(stats.verdictsByWeek).toEqual([
      { week: signOffWeek, label: worst.label, count: 3 },
      { week: signOffWeek, label: best.label, count: 2 },
    ]);
    expect(stats.verdicts.map((v) => v.label)).toEqual([worst.label, best.label]);
    expect(stats.weeks[0]).toBe(weekOf(day(-20)));
    expect(stats.weeks.at(-1)).toBe(weekOf(day(0)));
    expect(stats.claimsByWeek).toHaveLength(stats.weeks.length);
    expect(stats.claimsByWeek.find((w) => w.week === signOffWeek)).toMatchObject({ checked: 5 });
    expect(stats.claimsByWeek.reduce((sum, w) => sum + w.added, 0)).toBe(9);
    expect(stats.claimsByWeek.reduce((sum, w) => sum + w.checked, 0)).toBe(5);

    // Open claims today: three for Rosa (two overdue: waiting for sign-off is not overdue), one for Omar (overdue).
    expect(stats.reviewers).toEqual([
      { id: reviewer.actor.id, name: "Rosa user", open: 3, overdue: 1 },
      { id: other.actor.id, name: "Omar user", open: 1, overdue: 1 },
    ]);
    expect(stats.publishedByVerdict).toEqual([]);

    // The last day a date field takes: its end lies past what a query can hold, and it still answers.
    expect((await getNewsroomStatistics(admin, { from: "9999-12-01", to: "9999-12-31" })).timeToApproval.claims).toBe(0);
    const empty = await getNewsroomStatistics(admin, { from: "2020-01-01", to: "2020-01-31" });
    expect(empty.timeToApproval).toEqual({ claims: 0, medianHours: null, p90Hours: null });
    expect(empty.reviewers).toHaveLength(2);
  });

  test("the share of published claims per verdict counts the current published version of each article", async () => {
    const article = await makeArticle(editor);
    const { verdict } = await signedOffClaim(article.id);
    await signedOffClaim(article.id, SECOND);
    await publishAsShown(editor, article.id);
    const today = await databaseToday(await getDb());
    const stats = await getNewsroomStatistics(editor, { from: today, to: today });
    expect(stats.publishedByVerdict).toEqual([{ label: verdict.label, colour: verdict.colour, count: 2, share: 1 }]);
  });

  test("editors and admins may see it, reviewers not; a bad range is refused in words", async () => {
    await expect(getNewsroomStatistics(reviewer, {})).rejects.toBeInstanceOf(ForbiddenError);
    const refusal = (input: Parameters<typeof getNewsroomStatistics>[1]) =>
      getNewsroomStatistics(editor, input).then(
        () => {
          throw new Error("was accepted");
        },
        (e: unknown) => e as ValidationError,
      );
    const reversed = await refusal({ from: "2026-03-02", to: "2026-03-01" });
    expect(reversed.fieldErrors.to).toBe("The end date must be on or after the start date.");
    const long = await refusal({ from: "2020-01-01", to: "2026-01-01" });
    expect(long.message).toBe("Choose a range of at most two years.");
    expect((await getNewsroomStatistics(admin, {})).weeks.length).toBeGreaterThanOrEqual(12);
  });
});

function weekOf(time: Date): string {
  const weekday = (time.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate() - weekday)).toISOString().slice(0, 10);
}
