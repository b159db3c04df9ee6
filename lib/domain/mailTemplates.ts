import { escapeXml } from "./atomFeed";
import { interfaceLanguageOr } from "./interfaceLanguages";
import { regionalTag, storedDay, writtenDay, writtenList } from "./interfaceLocales";
import { textDirection } from "./languages";
import type { Translate } from "./translate";

/** The recipient's words: their language's `mail` messages, and the language itself (`lang` and direction of the HTML). */
export type MailWords = { t: Translate; language: string };

/** A mail's words: the subject, a plain-text part and an HTML part saying the same. */
export type MailContent = { subject: string; text: string; html: string };

/** A stored day (YYYY-MM-DD) as the recipient's language writes it ("9 de diciembre de 2026"). */
function mailDay(day: string, language: string): string {
  const date = storedDay(day);
  return Number.isNaN(date.getTime()) ? day : writtenDay(date, interfaceLanguageOr(language));
}

/** A moment, in UTC, as the recipient's language writes a day and a time ("7 de diciembre de 2026, 21:15 UTC"). */
function mailMoment(moment: Date, language: string): string {
  const format = new Intl.DateTimeFormat(regionalTag(interfaceLanguageOr(language)), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  return `${format.format(moment)} UTC`;
}

/** A paragraph of the mail, and the link it may end with. */
type Block = { text: string; quote?: string; link?: { label: string; url: string } };

function compose(language: string, subject: string, greeting: string, blocks: Block[], footer: string): MailContent {
  const dir = textDirection(language);
  const start = dir === "rtl" ? "right" : "left";
  const text = [
    greeting,
    ...blocks.map((block) =>
      [block.text, block.quote ? block.quote.split("\n").map((line) => `> ${line}`).join("\n") : null, block.link ? `${block.link.label}: ${block.link.url}` : null]
        .filter(Boolean)
        .join("\n\n"),
    ),
    `-- \n${footer}`,
  ].join("\n\n");
  const html = [
    `<!doctype html><html lang="${escapeXml(language)}" dir="${dir}"><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40em">`,
    `<p>${escapeXml(greeting)}</p>`,
    ...blocks.map(
      (block) =>
        `<p>${escapeXml(block.text)}</p>` +
        (block.quote ? `<blockquote style="border-${start}:3px solid #ccc;margin:0;padding-${start}:1em">${escapeXml(block.quote).replace(/\n/g, "<br>")}</blockquote>` : "") +
        (block.link ? `<p><a href="${escapeXml(block.link.url)}">${escapeXml(block.link.label)}</a></p>` : ""),
    ),
    `<hr><p style="color:#555;font-size:0.9em">${escapeXml(footer)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { subject, text, html };
}

export type PasswordLinkMail = {
  purpose: "invitation" | "reset";
  name: string;
  newsroom: string;
  url: string;
  expiresAt: Date;
};

/**
 * The mail carrying a one-time set-password link: an invitation, or a reset by an admin. It holds no other secret.
 * In the recipient's language, as every mail here.
 */
export function passwordLinkMail(mail: PasswordLinkMail, { t, language }: MailWords): MailContent {
  const until = mailMoment(mail.expiresAt, language);
  const invitation = mail.purpose === "invitation";
  const { newsroom } = mail;
  return compose(
    language,
    invitation ? t("passwordLink.invitationSubject", { newsroom }) : t("passwordLink.resetSubject", { newsroom }),
    t("greeting", { name: mail.name }),
    [
      {
        text: invitation ? t("passwordLink.invitationText", { newsroom, until }) : t("passwordLink.resetText", { newsroom, until }),
        link: { label: t("passwordLink.link"), url: mail.url },
      },
      { text: t("passwordLink.unexpected") },
    ],
    t("passwordLink.footer", { newsroom }),
  );
}

/** A daily digest: one line per notification gathered, each with its link. */
export type DigestMail = { name: string; newsroom: string; items: { sentence: string; url: string }[]; unsubscribeUrl: string };

/** The notifications of a person's digest kinds from the last day, in one mail. */
export function digestMail(mail: DigestMail, { t, language }: MailWords): MailContent {
  const count = t("digest.count", { count: mail.items.length });
  return compose(
    language,
    t("digest.subject", { count }),
    t("greeting", { name: mail.name }),
    [{ text: t("digest.intro", { count }) }, ...mail.items.map((item) => ({ text: item.sentence, link: { label: t("digest.open"), url: item.url } }))],
    t("digest.footer", { newsroom: mail.newsroom, url: mail.unsubscribeUrl }),
  );
}

export type NotificationMail = {
  kind: "assigned" | "returned" | "signed_off" | "mentioned" | "due_soon";
  name: string;
  /** Today's date (YYYY-MM-DD), for a reminder: due tomorrow, or overdue. */
  today?: string;
  newsroom: string;
  /** Who did it (null: the system). */
  actor: string | null;
  /** The claim it is about (absent for a batch). */
  claim?: { statement: string; dueOn: string | null } | null;
  /** A bulk assignment: how many claims, and their due dates. */
  batch?: { claims: number; dueDates: string[]; undated: number } | null;
  /** The editor's comment when a verdict is returned; the comment that mentions them. */
  comment?: string | null;
  url: string;
  unsubscribeUrl: string;
};

/** A notification by mail: an assignment (one mail per batch, with the due dates), a return with the comment, a sign-off. */
export function notificationMail(mail: NotificationMail, { t, language }: MailWords): MailContent {
  const who = mail.actor ?? t("notification.system");
  const statement = mail.claim?.statement ?? "";
  const openClaim = { label: t("notification.openClaim"), url: mail.url };
  const blocks: Block[] = [];
  let subject: string;
  if (mail.kind === "assigned" && mail.batch) {
    const count = t("notification.claims", { count: mail.batch.claims });
    subject = t("notification.batchSubject", { who, count });
    const dates = mail.batch.dueDates.length ? t("notification.batchDue", { dates: writtenList(mail.batch.dueDates.map((day) => mailDay(day, language)), interfaceLanguageOr(language)) }) : "";
    const undated = mail.batch.undated ? t("notification.batchUndated", { count: mail.batch.undated }) : "";
    const when = [dates, undated].filter(Boolean).join("; ");
    blocks.push({ text: `${t("notification.batchText", { who, count })}${when ? ` ${when}.` : ""}`, link: { label: t("notification.openClaims"), url: mail.url } });
  } else if (mail.kind === "assigned") {
    subject = t("notification.assignedSubject", { who });
    const due = mail.claim?.dueOn ? ` ${t("notification.assignedDue", { date: mailDay(mail.claim.dueOn, language) })}` : "";
    blocks.push({ text: `${t("notification.assignedText", { who })}${due}`, quote: statement, link: openClaim });
  } else if (mail.kind === "returned") {
    subject = t("notification.returnedSubject", { who });
    blocks.push({ text: t("notification.returnedText", { who }), quote: statement });
    if (mail.comment) blocks.push({ text: t("notification.returnedAsked"), quote: mail.comment });
    blocks.push({ text: t("notification.returnedAction"), link: openClaim });
  } else if (mail.kind === "due_soon") {
    const overdue = Boolean(mail.claim?.dueOn && mail.today && mail.claim.dueOn < mail.today);
    subject = overdue ? t("notification.overdueSubject") : t("notification.dueTomorrowSubject");
    const text = overdue ? t("notification.overdueText", { date: mail.claim?.dueOn ? mailDay(mail.claim.dueOn, language) : "" }) : t("notification.dueTomorrowText");
    blocks.push({ text, quote: statement, link: openClaim });
  } else if (mail.kind === "mentioned") {
    subject = t("notification.mentionedSubject", { who });
    blocks.push({ text: t("notification.mentionedText", { who }), quote: statement });
    if (mail.comment) blocks.push({ text: t("notification.mentionedWrote"), quote: mail.comment });
    blocks.push({ text: t("notification.mentionedAction"), link: openClaim });
  } else {
    subject = t("notification.signedOffSubject", { who });
    blocks.push({ text: t("notification.signedOffText", { who }), quote: statement, link: openClaim });
  }
  return compose(language, subject, t("greeting", { name: mail.name }), blocks, t("notification.footer", { newsroom: mail.newsroom, url: mail.unsubscribeUrl }));
}
