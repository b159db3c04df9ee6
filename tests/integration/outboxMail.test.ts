import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { claims, notifications, outboxMessages } from "@/db/schema";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { returnClaim } from "@/lib/services/claims/returnClaim";
import { addComment } from "@/lib/services/comments/addComment";
import { handleOf } from "@/lib/domain/commentText";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { OUTBOX_MAX_ATTEMPTS } from "@/lib/domain/limits";
import { backoffMs, deliverDueMessages } from "@/lib/services/outbox/outboxWorker";
import { getMailPreferences } from "@/lib/services/mail/getMailPreferences";
import { setMailPreferences } from "@/lib/services/mail/setMailPreferences";
import { listOutboxMessages } from "@/lib/services/outbox/listOutboxMessages";
import { retryOutboxMessage } from "@/lib/services/outbox/retryOutboxMessage";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { sendDueReminders } from "@/lib/services/notifications/sendDueReminders";
import { sendDailyDigests } from "@/lib/services/mail/sendDailyDigests";
import { getStaffCounts } from "@/lib/services/staff/getStaffCounts";
import { GET as unsubscribeQuestion, POST as unsubscribeRoute } from "@/app/mail/unsubscribe/route";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { createUser } from "@/lib/services/users/createUser";
import { setInterfaceLanguage } from "@/lib/services/users/setInterfaceLanguage";
import { setUserRole } from "@/lib/services/users/setUserRole";
import { writtenDay } from "@/lib/domain/interfaceLocales";
import { resetDatabase } from "./database";
import { makeArticle, makeUser, spanOf, systemCtx } from "./factories";

// Mail goes through a real SMTP server (smtp-server, started here) and what arrived is read with mailparser.

type Smtp = { url: string; port: number; received: ParsedMail[]; close: () => Promise<void> };

/** An SMTP server on a free local port; `refuse`: it answers every message with a permanent refusal. */
async function startSmtp(options: { refuse?: boolean } = {}): Promise<Smtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Its default certificate is self-signed: the test talks plain SMTP (a real server offers STARTTLS, which is used).
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          if (options.refuse) {
            callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
            return;
          }
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, port, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const servers: Smtp[] = [];

async function mailThrough(options: { refuse?: boolean } = {}): Promise<Smtp> {
  const smtp = await startSmtp(options);
  servers.push(smtp);
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Factdesk <desk@newsroom.test>";
  return smtp;
}

beforeEach(async () => {
  await resetDatabase();
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  delete process.env.MAIL_FROM;
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function invite(name: string) {
  const email = `${name}-${randomUUID().slice(0, 8)}@example.test`;
  const { user, link } = await createUser(await systemCtx(), { email, displayName: `${name} person`, role: "reviewer" });
  return { user, link: link! };
}

/** A header as it arrived (mailparser reads List-* headers into a structure of its own). */
function headerOf(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name)?.line;
  return line?.slice(line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim();
}

async function messagesTo(email: string) {
  const db = await getDb();
  return db.select().from(outboxMessages).where(eq(outboxMessages.recipient, email));
}

describe("mail through the outbox", () => {
  test("an invitation arrives with its one-time link, in text and HTML, and the link leaves the database once sent", async () => {
    const smtp = await mailThrough();
    const { user, link } = await invite("ines");
    expect(link.mailed).toBe(true);
    // Written in the verb's transaction, sent by the worker: nothing has gone yet.
    expect(smtp.received).toHaveLength(0);
    const [pending] = await messagesTo(user.email);
    expect(pending).toMatchObject({ status: "pending", topic: "mail" });

    const run = await deliverDueMessages(await getDb());
    expect(run).toMatchObject({ taken: 1, delivered: 1 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toMatchObject({ text: user.email });
    expect(mail.from?.text).toContain("desk@newsroom.test");
    expect(mail.subject).toMatch(/invited/i);
    expect(mail.text).toContain(`/set-password/${link.token}`);
    expect(mail.html).toContain(`/set-password/${link.token}`);
    // Not a notification: no unsubscribe, and no other secret.
    expect(headerOf(mail, "list-unsubscribe")).toBeUndefined();

    const [sent] = await messagesTo(user.email);
    expect(sent).toMatchObject({ status: "delivered", attempts: 1 });
    expect(sent!.payload).toEqual({ type: "password_link", userId: user.id, purpose: "invitation" });
    // A second turn sends nothing again.
    expect(await deliverDueMessages(await getDb())).toMatchObject({ taken: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  test("without SMTP_URL nothing is written to the outbox and the admin is given the link", async () => {
    const { user, link } = await invite("noel");
    expect(link.mailed).toBe(false);
    expect(await messagesTo(user.email)).toHaveLength(0);
  });

  test("an SMTP server that is down leaves the message pending with its reason, retried with a growing wait", async () => {
    const down = await startSmtp();
    await down.close();
    process.env.SMTP_URL = down.url;
    process.env.MAIL_FROM = "desk@newsroom.test";
    const { user } = await invite("dora");
    const db = await getDb();
    const start = new Date();

    expect(await deliverDueMessages(db, { now: start })).toMatchObject({ taken: 1, retrying: 1 });
    let [row] = await messagesTo(user.email);
    expect(row).toMatchObject({ status: "pending", attempts: 1 });
    expect(row!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row!.nextAttemptAt.getTime()).toBe(start.getTime() + backoffMs(1));

    // Not before its time.
    expect(await deliverDueMessages(db, { now: new Date(start.getTime() + backoffMs(1) - 1000) })).toMatchObject({ taken: 0 });
    const second = new Date(start.getTime() + backoffMs(1));
    expect(await deliverDueMessages(db, { now: second })).toMatchObject({ taken: 1, retrying: 1 });
    [row] = await messagesTo(user.email);
    expect(row).toMatchObject({ status: "pending", attempts: 2 });
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
    expect(row!.nextAttemptAt.getTime()).toBe(second.getTime() + backoffMs(2));

    // The server is back (at another address): the next attempt delivers it.
    const smtp = await mailThrough();
    expect(await deliverDueMessages(db, { now: new Date(second.getTime() + backoffMs(2)) })).toMatchObject({ delivered: 1 });
    expect(smtp.received.map((mail) => mail.subject)).toEqual([expect.stringMatching(/invited/i)]);
  });

  test("a server that refuses the message: retried, then failed with the server's answer after the last attempt", async () => {
    await mailThrough({ refuse: true });
    const { user } = await invite("rory");
    const db = await getDb();
    let now = new Date();
    for (let attempt = 1; attempt <= OUTBOX_MAX_ATTEMPTS; attempt += 1) {
      await deliverDueMessages(db, { now });
      const [row] = await messagesTo(user.email);
      expect(row).toMatchObject({ attempts: attempt, status: attempt < OUTBOX_MAX_ATTEMPTS ? "pending" : "failed" });
      expect(row!.lastError).toMatch(/550/);
      now = row!.nextAttemptAt;
    }
    expect(await deliverDueMessages(db, { now: new Date(now.getTime() + 86_400_000) })).toMatchObject({ taken: 0 });
  });

  test("two workers at once deliver each message once", async () => {
    const smtp = await mailThrough();
    const invited = [];
    for (let i = 0; i < 6; i += 1) invited.push(await invite(`pair${i}`));
    const db = await getDb();
    const runs = await Promise.all([deliverDueMessages(db), deliverDueMessages(db), deliverDueMessages(db, { limit: 2 })]);
    expect(runs.reduce((sum, run) => sum + run.delivered, 0)).toBe(6);
    expect(smtp.received.map((mail) => (mail.to as { text: string }).text).sort()).toEqual(invited.map(({ user }) => user.email).sort());
  });

  test("mail is in the recipient's language: the one they picked, else the newsroom's; Arabic runs right to left", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "edna");
    const spanish = await makeUser("reviewer", "sara");
    const unpicked = await makeUser("reviewer", "amal");
    await setInterfaceLanguage(spanish, { interfaceLanguage: "es" });
    await updateOrganisation(await systemCtx(), { name: "Newsroom", interfaceLanguage: "ar" });
    const article = await makeArticle(editor, `Budget ${randomUUID().slice(0, 8)}`);
    for (const [reviewer, quote] of [
      [spanish, "The mayor said unemployment fell to 3.2 percent last year."],
      [unpicked, "Critics say the figure leaves out part-time workers."],
    ] as const) {
      const claim = await createClaim(editor, { articleId: article.id, ...spanOf(quote) });
      await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    }
    await deliverDueMessages(await getDb());
    const to = (person: { actor: { email: string } }) => smtp.received.find((mail) => (mail.to as { text: string }).text === person.actor.email)!;
    expect(to(spanish).subject).toBe("edna user le asignó una afirmación para revisar");
    expect(to(spanish).text).toMatch(/^Hola, sara user:/);
    expect(to(spanish).html).toContain('<html lang="es" dir="ltr">');
    expect(to(unpicked).subject).toBe("أسند إليك edna user ادعاءً للمراجعة");
    expect(to(unpicked).html).toContain('<html lang="ar" dir="rtl">');
    expect(to(unpicked).html).toContain("border-right:3px");
  });

  test("an assignment mails the reviewer with the due date and a one-click unsubscribe; a return carries the editor's comment", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "edna");
    const reviewer = await makeUser("reviewer", "rafa");
    const article = await makeArticle(editor, `Budget ${randomUUID().slice(0, 8)}`);
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
    const dueOn = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id, dueOn });
    await deliverDueMessages(await getDb());
    expect(smtp.received).toHaveLength(1);
    const assignment = smtp.received[0]!;
    expect(assignment.subject).toBe("edna user assigned you a claim to review");
    // The day as the reviewer's language writes it (English by default), not as stored.
    expect(assignment.text).toContain(`It is due on ${writtenDay(new Date(`${dueOn}T00:00:00Z`), "en")}.`);
    expect(assignment.text).not.toContain(dueOn);
    expect(assignment.text).toContain(`/desk/articles/${article.id}#claim-${claim.id}`);
    expect(headerOf(assignment, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(headerOf(assignment, "list-unsubscribe")).toMatch(/^<http:\/\/[^>]+\/mail\/unsubscribe\?token=[^>]+>$/);

    const verdict = (await listVerdicts(editor))[0]!;
    const reviewed = await reviewClaim(reviewer, { claimId: claim.id, version: assigned.version, verdictId: verdict.id, publicExplanation: "4.1 percent.", sources: [], readyForSignoff: true });
    await returnClaim(editor, { claimId: claim.id, version: reviewed.version, comment: "Cite the statistics office, please." });
    await deliverDueMessages(await getDb());
    expect(smtp.received).toHaveLength(2);
    const returned = smtp.received[1]!;
    expect(returned.subject).toBe("edna user returned your verdict");
    expect(returned.text).toContain("Cite the statistics office, please.");
    expect(returned.html).toContain("Cite the statistics office, please.");
  });

  test("the schedule reminds reviewers by mail of a claim due tomorrow and of an overdue one, once each, including reminders the desk made", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "edna");
    const reviewer = await makeUser("reviewer", "rafa");
    const article = await makeArticle(editor, `Reminders ${randomUUID().slice(0, 8)}`);
    const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const soon = await createClaim(editor, { articleId: article.id, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
    await assignReviewer(editor, { claimId: soon.id, version: soon.version, reviewerId: reviewer.actor.id, dueOn: day(1) });
    const late = await createClaim(editor, { articleId: article.id, start: 0, end: 3 });
    await assignReviewer(editor, { claimId: late.id, version: late.version, reviewerId: reviewer.actor.id, dueOn: day(3) });
    const db = await getDb();
    // Its due date passed (a date in the past cannot be chosen, so time is moved instead).
    await db.update(claims).set({ dueOn: day(-2) }).where(eq(claims.id, late.id));
    await deliverDueMessages(db);
    smtp.received.splice(0);

    // The reviewer's desk is read first: the reminder is made there, and the schedule still mails it.
    await getStaffCounts(reviewer);
    await sendDueReminders(await systemCtx(), undefined);
    await sendDueReminders(await systemCtx(), undefined);
    await deliverDueMessages(db);
    expect(smtp.received.map((mail) => mail.subject).sort()).toEqual(["A claim you review is due tomorrow", "A claim you review is overdue"]);
    expect(smtp.received.find((mail) => mail.subject === "A claim you review is overdue")!.text).toContain(`was due on ${writtenDay(new Date(`${day(-2)}T00:00:00Z`), "en")}`);
    const reminders = await db.select().from(notifications).where(eq(notifications.kind, "due_soon"));
    expect(reminders.map((note) => note.dedupeKey).sort()).toEqual([`due:${soon.id}:${day(1)}`, `overdue:${late.id}:${day(-2)}`].sort());

    await sendDueReminders(await systemCtx(), undefined);
    await deliverDueMessages(db);
    expect(smtp.received).toHaveLength(2);
  });

  test("a failed message is listed for admins with the server's answer, and Retry sends it again", async () => {
    await mailThrough({ refuse: true });
    const admin = await makeUser("admin", "ada");
    const { user } = await invite("fern");
    const db = await getDb();
    let now = new Date();
    for (let attempt = 1; attempt <= OUTBOX_MAX_ATTEMPTS; attempt += 1) {
      await deliverDueMessages(db, { now });
      now = (await messagesTo(user.email))[0]!.nextAttemptAt;
    }
    const listed = await listOutboxMessages(admin, { show: "open" });
    const failed = listed.messages.find((message) => message.recipient === user.email)!;
    expect(failed).toMatchObject({ kind: "invitation", status: "failed", attempts: OUTBOX_MAX_ATTEMPTS });
    expect(failed.lastError).toMatch(/550/);
    expect(listed.counts.failed).toBe(1);
    expect(JSON.stringify(listed)).not.toContain("token");

    const smtp = await mailThrough();
    await retryOutboxMessage(admin, { id: failed.id });
    expect(await deliverDueMessages(db)).toMatchObject({ delivered: 1 });
    expect(smtp.received).toHaveLength(1);
    expect((await listOutboxMessages(admin, { show: "delivered" })).messages.map((message) => message.id)).toEqual([failed.id]);
  });

  test("kinds gathered in the daily digest come in one mail after the digest hour, not at once; its unsubscribe stops it", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "enzo");
    const reviewer = await makeUser("reviewer", "dora");
    await setMailPreferences(reviewer, { mailed: ["assigned", "returned", "signed_off", "mentioned", "due_soon"], digest: ["assigned"] });
    expect((await getMailPreferences(reviewer))!.kinds.find((k) => k.kind === "assigned")).toMatchObject({ mailed: true, digest: true });
    const article = await makeArticle(editor, `Digest ${randomUUID().slice(0, 8)}`);
    for (const quote of ["The mayor said unemployment fell to 3.2 percent last year.", "Critics say the figure leaves out part-time workers."]) {
      const claim = await createClaim(editor, { articleId: article.id, ...spanOf(quote) });
      await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    }
    const db = await getDb();
    await deliverDueMessages(db);
    expect(smtp.received).toHaveLength(0);

    // The next digest hour: one mail with both, once however often the schedule runs.
    const tomorrow = new Date(Date.now() + 86_400_000);
    await sendDailyDigests(await systemCtx(), { now: tomorrow });
    await sendDailyDigests(await systemCtx(), { now: tomorrow });
    await deliverDueMessages(db);
    expect(smtp.received).toHaveLength(1);
    const digest = smtp.received[0]!;
    expect(digest.subject).toBe("Your daily digest: 2 notifications");
    expect(digest.text).toContain("enzo user assigned you claim 1 of");
    expect(digest.text).toContain("enzo user assigned you claim 2 of");
    const link = headerOf(digest, "list-unsubscribe")!.slice(1, -1);
    const answer = await unsubscribeRoute(new Request(link, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(await answer.text()).toContain("no more mail about your daily digest");
    expect((await getMailPreferences(reviewer))!.kinds.find((k) => k.kind === "assigned")).toMatchObject({ mailed: false, digest: false });
  });

  test("the mail's one-click unsubscribe (RFC 8058) stops that kind of mail; the notification stays", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "enzo");
    const reviewer = await makeUser("reviewer", "rosa");
    const article = await makeArticle(editor, `Rents ${randomUUID().slice(0, 8)}`);
    const first = await createClaim(editor, { articleId: article.id, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
    await assignReviewer(editor, { claimId: first.id, version: first.version, reviewerId: reviewer.actor.id });
    await deliverDueMessages(await getDb());
    const link = headerOf(smtp.received[0]!, "list-unsubscribe")!.slice(1, -1);
    const answer = await unsubscribeRoute(new Request(link, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain("no more mail about assignments");
    // The page is in the newsroom's language, like its other public pages.
    await updateOrganisation(await systemCtx(), { name: "Newsroom", interfaceLanguage: "uk" });
    const question = await (await unsubscribeQuestion(new Request(link))).text();
    expect(question).toContain('<html lang="uk" dir="ltr">');
    expect(question).toContain("<title>Відписатися від листів редакції</title>");
    const again = await unsubscribeRoute(new Request(link, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(await again.text()).toContain("Ви більше не отримуватимете листів про призначення.");
    await updateOrganisation(await systemCtx(), { name: "Newsroom", interfaceLanguage: "en" });
    const forged = await unsubscribeRoute(new Request(link.replace(/token=[^&]+/, (token) => `${token.slice(0, -2)}xx`), { method: "POST" }));
    expect(forged.status).toBe(400);

    const second = await createClaim(editor, { articleId: article.id, ...spanOf("Critics say the figure leaves out part-time workers.") });
    await assignReviewer(editor, { claimId: second.id, version: second.version, reviewerId: reviewer.actor.id });
    expect(await deliverDueMessages(await getDb())).toMatchObject({ taken: 1, cancelled: 1 });
    expect(smtp.received).toHaveLength(1);
    const [, cancelled] = (await messagesTo(reviewer.actor.email)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    expect(cancelled).toMatchObject({ status: "cancelled", lastError: "They unsubscribed from this kind of mail." });
    const db = await getDb();
    expect(await db.select().from(notifications).where(eq(notifications.userId, reviewer.actor.id))).toHaveLength(2);
  });

  test("each person chooses which notifications come by mail, and can undo a one-click unsubscribe", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "elio");
    const reviewer = await makeUser("reviewer", "remy");
    const article = await makeArticle(editor, `Water ${randomUUID().slice(0, 8)}`);
    const assign = async (quote: string) => {
      const claim = await createClaim(editor, { articleId: article.id, ...spanOf(quote) });
      await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
      return deliverDueMessages(await getDb());
    };
    expect((await getMailPreferences(reviewer))!.kinds.every((kind) => kind.mailed)).toBe(true);
    await setMailPreferences(reviewer, { mailed: ["returned", "signed_off"] });
    expect((await getMailPreferences(reviewer))!.kinds.find((kind) => kind.kind === "assigned")).toMatchObject({ mailed: false });
    expect(await assign("The mayor said unemployment fell to 3.2 percent last year.")).toMatchObject({ cancelled: 1 });
    expect(smtp.received).toHaveLength(0);
    await setMailPreferences(reviewer, { mailed: ["assigned", "returned", "signed_off"] });
    expect(await assign("Critics say the figure leaves out part-time workers.")).toMatchObject({ delivered: 1 });
    expect(smtp.received).toHaveLength(1);
  });

  test("a mention is mailed with the comment that makes it", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "emil");
    const reviewer = await makeUser("reviewer", "ruth");
    const article = await makeArticle(editor, `Roads ${randomUUID().slice(0, 8)}`);
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
    const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    await deliverDueMessages(await getDb());
    await addComment(editor, { claimId: assigned.id, body: `@${handleOf(reviewer.actor.email)} the agency's own figure, please.` });
    await deliverDueMessages(await getDb());
    expect(smtp.received.map((mail) => mail.subject)).toEqual(["emil user assigned you a claim to review", "emil user mentioned you in a comment"]);
    expect(smtp.received[1]!.text).toContain("the agency's own figure, please.");
  });

  test("mail about a claim is not sent to someone who can no longer read its article when it goes", async () => {
    const smtp = await mailThrough();
    const editor = await makeUser("editor", "emil");
    const reviewer = await makeUser("reviewer", "ruth");
    const other = await makeUser("reviewer", "otto");
    const article = await makeArticle(editor, `Bridges ${randomUUID().slice(0, 8)}`);
    const claim = await createClaim(editor, { articleId: article.id, ...spanOf("The mayor said unemployment fell to 3.2 percent last year.") });
    const assigned = await assignReviewer(editor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.actor.id });
    await addComment(editor, { claimId: assigned.id, body: `@${handleOf(reviewer.actor.email)} the source was leaked to us, keep it quiet.` });
    // The claim changes hands before the worker's turn (an SMTP server down for hours, or an admin's Retry, days later).
    await assignReviewer(editor, { claimId: claim.id, version: assigned.version, reviewerId: other.actor.id });
    await deliverDueMessages(await getDb());
    expect(smtp.received.map((mail) => mail.to)).toEqual([expect.objectContaining({ text: other.actor.email })]);
    expect(JSON.stringify(smtp.received)).not.toContain("leaked");
    const toRuth = await messagesTo(reviewer.actor.email);
    expect(toRuth.map((message) => message.status)).toEqual(["cancelled", "cancelled"]);

    // An editor mentioned, then made a reviewer with no claim on the article.
    const colleague = await makeUser("editor", "cleo");
    await addComment(editor, { claimId: claim.id, body: `@${handleOf(colleague.actor.email)} the draft headline stays internal.` });
    await setUserRole(await systemCtx(), { userId: colleague.actor.id, role: "reviewer" });
    await deliverDueMessages(await getDb());
    expect(JSON.stringify(smtp.received)).not.toContain("draft headline");
    expect((await messagesTo(colleague.actor.email)).map((message) => message.status)).toEqual(["cancelled"]);
  });
});
