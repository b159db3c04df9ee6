import { asc, count, eq, like, or } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { articleRevisions, articles, ratingScales, users } from "@/db/schema";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/core/errors";
import { inEnglish } from "@/lib/core/serviceWords";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { STALE_CLAIM } from "@/lib/services/claims/claimRows";
import { createClaim } from "@/lib/services/claims/createClaim";
import { editClaim } from "@/lib/services/claims/editClaim";
import { mergeClaims } from "@/lib/services/claims/mergeClaims";
import { moveClaimAnchor } from "@/lib/services/claims/moveClaimAnchor";
import { splitClaim } from "@/lib/services/claims/splitClaim";
import { createUser } from "@/lib/services/users/createUser";
import { resetDatabase } from "./database";
import { makeArticle, makeUser, SAMPLE_BODY, spanOf, type ActorContext } from "./factories";

// Requests that arrive at the same moment must never corrupt data, and the one that loses a race must get a
// ConflictError (or NotFoundError, when what it acted on was merged away) that the forms can show, never a raw
// database error or a deadlock. Each test fires calls at once with Promise.allSettled, for several rounds, then
// checks the invariants the rest of the app relies on: unique emails and slugs, every anchored claim's quote
// standing at its offsets in the article's text, no edit silently overwritten, one text revision per saved text.
// On Postgres (TEST_DATABASE_URL) the pool runs the calls in parallel, so the row locks and version checks are
// what keep them apart; on PGlite queries run one at a time and the same assertions must still hold.

type ErrorKind = abstract new (...args: never[]) => Error;

/** What the database layer says when it turned a unique violation, serialization failure or deadlock into a ConflictError. */
const DATABASE_RACE = /at the same moment/;

/** The reasons of the calls that failed; fails the test, naming the error, when one is not an allowed service error. */
function failures(results: PromiseSettledResult<unknown>[], allowed: ErrorKind[]): Error[] {
  const reasons = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as Error);
  for (const reason of reasons) {
    expect(allowed.some((kind) => reason instanceof kind), `unexpected ${reason?.constructor?.name}: ${reason?.message}`).toBe(true);
  }
  return reasons;
}

/** Fails when a claim verb lost to a deadlock or a database-level race: its locks were taken out of order. */
function expectNoLockOrderFailure(reasons: Error[]) {
  for (const reason of reasons) expect(reason.message).not.toMatch(DATABASE_RACE);
}

/** Every claim that still has a place in the text quotes exactly the text at its offsets. */
function expectAnchorsMatch(body: string, claims: { id: string; start: number; end: number; quote: string; anchorState: string }[]) {
  for (const claim of claims) {
    if (claim.anchorState === "orphaned") continue;
    expect(body.slice(claim.start, claim.end), `claim ${claim.id} (${claim.anchorState}) at ${claim.start}–${claim.end}`).toBe(claim.quote);
  }
}

/** `items` started at position `by`, so each round a different call goes first (it decides the order on PGlite). */
function rotate<T>(items: T[], by: number): T[] {
  const at = by % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
}

describe("accounts and articles created at the same moment", () => {
  test("one of several admins creating the same email wins; the others are told the account exists", async () => {
    const admins = await Promise.all([makeUser("admin", "admin-a"), makeUser("admin", "admin-b"), makeUser("admin", "admin-c")]);
    const db = await getDb();
    for (let round = 0; round < 4; round++) {
      const email = `same-${round}-${Date.now()}@example.test`;
      const results = await Promise.allSettled(
        admins.map((admin, i) => createUser(admin, { email, displayName: `Copy ${i}`, role: "reviewer" })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const reasons = failures(results, [ConflictError]);
      expect(reasons).toHaveLength(admins.length - 1);
      for (const reason of reasons) expect(reason.message).toMatch(/an account with (that|the) email .*already exists/i);
      const [stored] = await db.select({ n: count() }).from(users).where(eq(users.email, email));
      expect(stored!.n).toBe(1);
    }
  });

  test("articles with the same title saved at once get different addresses, or the loser is asked to save again", async () => {
    const editors = await Promise.all([makeUser("editor", "editor-a"), makeUser("editor", "editor-b")]);
    const db = await getDb();
    for (let round = 0; round < 5; round++) {
      const title = `Budget vote ${round} ${Date.now()}`;
      const results = await Promise.allSettled(editors.map((editor) => createArticle(editor, { title, body: SAMPLE_BODY })));
      const saved = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
      expect(saved.length).toBeGreaterThanOrEqual(1);
      for (const reason of failures(results, [ConflictError])) {
        expect(reason.message).toBe("Another article with the same title was saved at the same moment. Save again and it gets its own address.");
      }
      const slugs = saved.map((a) => a.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      const base = slugs[0]!.replace(/-\d+$/, "");
      const stored = await db.select({ slug: articles.slug }).from(articles).where(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)));
      expect(stored.map((a) => a.slug).sort()).toEqual([...slugs].sort());
    }
  });

  test("the first articles of a new newsroom, saved at once, share the one rating scale they create", async () => {
    const db = await getDb();
    for (let round = 0; round < 3; round++) {
      // A newsroom without a rating scale yet: the first article saved creates it.
      await resetDatabase();
      const editors = await Promise.all([makeUser("editor", "first-a"), makeUser("editor", "first-b")]);
      const results = await Promise.allSettled(editors.map((editor, i) => createArticle(editor, { title: `First story ${i}`, body: SAMPLE_BODY })));
      failures(results, []); // different titles: both must save
      const scales = await db.select({ id: ratingScales.id }).from(ratingScales);
      expect(scales).toHaveLength(1);
      const scaleOf = await db.select({ scaleId: articles.ratingScaleId }).from(articles);
      expect(scaleOf).toEqual([{ scaleId: scales[0]!.id }, { scaleId: scales[0]!.id }]);
    }
  });
});

const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
const SECOND = "Critics say the figure leaves out part-time workers.";

describe("claims changed at the same moment", () => {
  // Forty rounds: a save that skips the version check loses in the first; the rounds are for the rarer interleavings.
  test("two saves of one claim from the same version, 40 times: one wins, the other is told what the winner saved", async () => {
    const editor = await makeUser("editor");
    const other = await makeUser("editor", "other");
    const article = await makeArticle(editor);
    let claim = await createClaim(editor, { articleId: article.id, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
    for (let round = 0; round < 40; round++) {
      const mine = `Statement ${round} by the editor`;
      const theirs = `Statement ${round} by the other editor`;
      const results = await Promise.allSettled([
        editClaim(editor, { claimId: claim.id, version: claim.version, statement: mine, claimant: "" }),
        editClaim(other, { claimId: claim.id, version: claim.version, statement: theirs, claimant: "" }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      expect(won, `round ${round}`).toHaveLength(1);
      const lost = results.find((r) => r.status === "rejected")!.reason as ConflictError;
      expect(lost, `round ${round}`).toBeInstanceOf(ConflictError);
      claim = (won[0] as PromiseFulfilledResult<typeof claim>).value;
      expect(lost.detail, `round ${round}`).toContain(`Statement: “${claim.statement}”`);
      expect(lost.detail[0]).toMatch(/^(editor|other) user saved it at /);
    }
  });


  test("opposite merges of one pair of claims never deadlock: one merges, the other finds the claim gone", async () => {
    const editors = await Promise.all([makeUser("editor", "merger-a"), makeUser("editor", "merger-b")]);
    for (let round = 0; round < 10; round++) {
      const article = await makeArticle(editors[0]!, `Opposite merges ${round}`);
      const a = await createClaim(editors[0]!, { articleId: article.id, ...spanOf(FIRST) });
      const b = await createClaim(editors[0]!, { articleId: article.id, ...spanOf(SECOND) });
      const results = await Promise.allSettled([
        mergeClaims(editors[0]!, { firstId: a.id, firstVersion: a.version, secondId: b.id, secondVersion: b.version }),
        mergeClaims(editors[1]!, { firstId: b.id, firstVersion: b.version, secondId: a.id, secondVersion: a.version }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const reasons = failures(results, [ConflictError, NotFoundError]);
      expect(reasons).toHaveLength(1);
      expectNoLockOrderFailure(reasons);

      const { article: after, claims } = await getWorkspace(editors[0]!, article.id);
      expect(claims).toHaveLength(1);
      expect(claims[0]).toMatchObject({ id: a.id, quote: `${FIRST}\n${SECOND}`, anchorState: "ok" });
      expectAnchorsMatch(after.body, claims);
    }
  });

  // An article of six sentences with one claim each. Every round, a fresh copy gets a burst of calls made from what
  // the clients read before it: three text revisions, a split, a move, a merge, a new claim and three statement
  // edits. The claims on the fifth and sixth sentences are edited only, so their final statement must be the edit
  // that succeeded.
  const S = [
    FIRST,
    SECOND,
    "The council approved a budget of 12 million euros in March.",
    "Opposition members said the budget passed without a vote.",
    "“We built 4,000 new homes,” the mayor added.",
    "The city planted 10,000 trees in the past two years.",
  ] as const;
  const BURST_BODY = S.join("\n");
  const REVISED_BODIES = [
    // Drops the second sentence, changes a figure in the third.
    [S[0], S[2].replace("12 million", "14 million"), S[3], S[4], S[5]],
    // A new first line moves every claim; the first sentence gets a new figure.
    ["Update: the figures were corrected on Monday.", S[0].replace("3.2", "3.4"), S[1], S[2], S[3], S[4], S[5]],
    // Rewrites the fourth sentence beyond recognition, changes the last, adds one.
    [S[0], S[1], S[2], "A spokesperson confirmed that the minutes record every vote.", S[4], S[5].replace("10,000", "12,000"), "Planting goes on."],
  ].map((lines) => lines.join("\n"));

  type Outcome = "revise" | "split" | "move" | "merge" | "create" | "edit";
  type Call = { kind: Outcome; run: () => Promise<unknown>; body?: string; claimId?: string; statement?: string };

  test("a burst of text revisions and claim edits leaves every anchor on its quote and loses no edit", async () => {
    const editors = await Promise.all([makeUser("editor", "burst-a"), makeUser("editor", "burst-b"), makeUser("editor", "burst-c")]);
    const by = (i: number): ActorContext => editors[i % editors.length]!;
    const wins: Record<Outcome, number> = { revise: 0, split: 0, move: 0, merge: 0, create: 0, edit: 0 };
    const db = await getDb();

    for (let round = 0; round < 5; round++) {
      const { id: articleId } = await createArticle(by(0), { title: `Burst ${round}`, body: BURST_BODY });
      for (const sentence of S) await createClaim(by(0), { articleId, ...spanOf(sentence, BURST_BODY) });
      // What every client read before the burst.
      const before = await getWorkspace(by(0), articleId);
      const { version, textRevision } = before.article;
      const [c1, c2, c3, c4, c5, c6] = before.claims;
      expect(before.claims.map((c) => c.quote)).toEqual([...S]);

      const calls: Call[] = [
        ...REVISED_BODIES.map((body, i): Call => ({ kind: "revise", body, run: () => reviseArticleText(by(i), { articleId, version, body }) })),
        { kind: "split", run: () => splitClaim(by(1), { claimId: c1!.id, version: c1!.version, at: c1!.start + FIRST.indexOf(" fell") }) },
        {
          kind: "move",
          run: () => moveClaimAnchor(by(2), { claimId: c2!.id, version: c2!.version, ...spanOf("Critics say the figure", BURST_BODY), textRevision }),
        },
        {
          kind: "merge",
          run: () => mergeClaims(by(0), { firstId: c3!.id, firstVersion: c3!.version, secondId: c4!.id, secondVersion: c4!.version }),
        },
        { kind: "create", run: () => createClaim(by(1), { articleId, ...spanOf("the budget passed without a vote.", BURST_BODY), textRevision }) },
        ...[
          { claim: c5!, statement: `Homes built, first edit of round ${round}` },
          { claim: c5!, statement: `Homes built, second edit of round ${round}` },
          { claim: c6!, statement: `Trees planted, edit of round ${round}` },
        ].map(
          ({ claim, statement }, i): Call => ({
            kind: "edit",
            claimId: claim.id,
            statement,
            run: () => editClaim(by(i + 2), { claimId: claim.id, version: claim.version, statement, claimant: "The mayor" }),
          }),
        ),
      ];
      const fired = rotate(calls, round * 3);
      const results = await Promise.allSettled(fired.map((call) => call.run()));
      expectNoLockOrderFailure(failures(results, [ConflictError, ValidationError, NotFoundError]));
      const succeeded = fired.filter((_, i) => results[i]!.status === "fulfilled");
      for (const call of succeeded) wins[call.kind] += 1;
      const won = (kind: Outcome) => succeeded.filter((call) => call.kind === kind);

      const after = await getWorkspace(by(0), articleId);
      // (a) Every claim with a place in the final text quotes it exactly.
      expectAnchorsMatch(after.article.body, after.claims);
      // (b) No edit was overwritten: c5 and c6 carry the edit that succeeded (at most one per claim), else their old
      // statement, which, never reworded, follows its words into the revised text.
      for (const claim of [c5!, c6!]) {
        const edits = won("edit").filter((call) => call.claimId === claim.id);
        expect(edits.length).toBeLessThanOrEqual(1);
        const final = after.claims.find((c) => c.id === claim.id)!;
        expect(final.statement).toBe(edits[0]?.statement ?? (claim.statement === claim.quote ? final.quote : claim.statement));
      }
      // (c) One text revision per saved text, kept in the history; all revisions read the same version, so one wins at most.
      const revisions = won("revise");
      expect(revisions.length).toBeLessThanOrEqual(1);
      expect(after.article.textRevision).toBe(1 + revisions.length);
      expect(after.article.body).toBe(revisions[0]?.body ?? BURST_BODY);
      const history = await db
        .select({ revision: articleRevisions.revision, body: articleRevisions.body })
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, articleId))
        .orderBy(asc(articleRevisions.revision));
      expect(history.map((h) => h.revision)).toEqual(Array.from({ length: after.article.textRevision }, (_, i) => i + 1));
      expect(history.at(-1)!.body).toBe(after.article.body);
      // Claims are neither lost nor duplicated: a revision keeps orphaned claims, a merge removes one.
      expect(after.claims).toHaveLength(S.length + won("split").length + won("create").length - won("merge").length);
    }
    // Not vacuous: across the rounds, text revisions and edits did get through.
    expect(wins.revise).toBeGreaterThan(0);
    expect(wins.edit).toBeGreaterThan(0);
  });

  test("a statement edit racing a text revision keeps both: the edited statement, anchored in the new text", async () => {
    const editors = await Promise.all([makeUser("editor", "racer-a"), makeUser("editor", "racer-b")]);
    const revisedBodies = [
      // A new first line: the claim moves, its quote unchanged.
      `Update: this story was revised.\n${SAMPLE_BODY}`,
      // The claim's own sentence changes: the anchor follows it and is flagged as changed.
      SAMPLE_BODY.replace("part-time", "seasonal"),
    ];
    for (let round = 0; round < 6; round++) {
      const article = await makeArticle(editors[0]!, `Edit and revise ${round}`);
      const claim = await createClaim(editors[0]!, { articleId: article.id, ...spanOf(SECOND) });
      const statement = `Critics: the count leaves out part-time workers (round ${round})`;
      const body = revisedBodies[round % revisedBodies.length]!;
      const edit = () => editClaim(editors[0]!, { claimId: claim.id, version: claim.version, statement, claimant: "Critics" });
      const revise = () => reviseArticleText(editors[1]!, { articleId: article.id, version: 1, body });
      const order = round % 2 === 0 ? [edit, revise] : [revise, edit];
      const results = await Promise.allSettled(order.map((call) => call()));
      const edited = results[order.indexOf(edit)]!;
      const revised = results[order.indexOf(revise)]!;

      // The revision read the article's current version, so it always saves; the edit may find the claim moved.
      expect(revised.status).toBe("fulfilled");
      for (const reason of failures([edited], [ConflictError])) expect(reason.message).toBe(inEnglish(STALE_CLAIM));

      const after = await getWorkspace(editors[0]!, article.id);
      expect(after.article.body).toBe(body);
      const final = after.claims.find((c) => c.id === claim.id)!;
      // Not reworded, the statement follows its words.
      expect(final.statement).toBe(edited.status === "fulfilled" ? statement : final.quote);
      expect(final.anchorState).not.toBe("orphaned");
      expect(body.slice(final.start, final.end)).toBe(final.quote);
      expect(final.quote).toMatch(/^Critics say the figure leaves out/);
    }
  });
});
