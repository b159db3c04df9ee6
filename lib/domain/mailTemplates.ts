import { escapeXml } from "./atomFeed";

/** A mail's words: the subject, a plain-text part and an HTML part saying the same. */
export type MailContent = { subject: string; text: string; html: string };

/** A paragraph of the mail, and the link it may end with. */
type Block = { text: string; quote?: string; link?: { label: string; url: string } };

function compose(subject: string, greeting: string, blocks: Block[], footer: string): MailContent {
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
    `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:40em">`,
    `<p>${escapeXml(greeting)}</p>`,
    ...blocks.map(
      (block) =>
        `<p>${escapeXml(block.text)}</p>` +
        (block.quote ? `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${escapeXml(block.quote).replace(/\n/g, "<br>")}</blockquote>` : "") +
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

/** The mail carrying a one-time set-password link: an invitation, or a reset by an admin. It holds no other secret. */
export function passwordLinkMail(mail: PasswordLinkMail): MailContent {
  const until = `${mail.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const invitation = mail.purpose === "invitation";
  return compose(
    invitation ? `You are invited to ${mail.newsroom}'s fact-checking desk` : `Choose a new password for ${mail.newsroom}'s fact-checking desk`,
    `Hello ${mail.name},`,
    [
      {
        text: invitation
          ? `An admin of ${mail.newsroom} has made you an account on its Factdesk. Choose your password through this link; it works once, until ${until}.`
          : `An admin of ${mail.newsroom} has reset your password. Choose a new one through this link; it works once, until ${until}.`,
        link: { label: "Choose your password", url: mail.url },
      },
      { text: "If you did not expect this, ignore this mail: nothing happens until the link is used." },
    ],
    `${mail.newsroom} · sent by Factdesk. This link is for you alone: do not forward this mail.`,
  );
}

/** A daily digest: one line per notification gathered, each with its link. */
export type DigestMail = { name: string; newsroom: string; items: { sentence: string; url: string }[]; unsubscribeUrl: string };

/** The notifications of a person's digest kinds from the last day, in one mail. */
export function digestMail(mail: DigestMail): MailContent {
  const count = mail.items.length === 1 ? "1 notification" : `${mail.items.length} notifications`;
  return compose(
    `Your daily digest: ${count}`,
    `Hello ${mail.name},`,
    [{ text: `Here is what happened on the desk in the last day (${count}):` }, ...mail.items.map((item) => ({ text: item.sentence, link: { label: "Open", url: item.url } }))],
    `${mail.newsroom} · sent by Factdesk. To get no more digests (those notifications stay on the desk): ${mail.unsubscribeUrl}`,
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
export function notificationMail(mail: NotificationMail): MailContent {
  const who = mail.actor ?? "Factdesk";
  const statement = mail.claim?.statement ?? "";
  const blocks: Block[] = [];
  let subject: string;
  if (mail.kind === "assigned" && mail.batch) {
    const count = mail.batch.claims === 1 ? "1 claim" : `${mail.batch.claims} claims`;
    subject = `${who} assigned you ${count} to review`;
    const dates = mail.batch.dueDates.length ? `Due: ${mail.batch.dueDates.join(", ")}` : "";
    const undated = mail.batch.undated ? `${mail.batch.undated} without a due date` : "";
    blocks.push({ text: `${who} assigned you ${count}.${dates || undated ? ` ${[dates, undated].filter(Boolean).join("; ")}.` : ""}`, link: { label: "Open your claims", url: mail.url } });
  } else if (mail.kind === "assigned") {
    subject = `${who} assigned you a claim to review`;
    const due = mail.claim?.dueOn ? ` It is due on ${mail.claim.dueOn}.` : "";
    blocks.push({ text: `${who} assigned you this claim.${due}`, quote: statement, link: { label: "Open the claim", url: mail.url } });
  } else if (mail.kind === "returned") {
    subject = `${who} returned your verdict`;
    blocks.push({ text: `${who} sent your verdict on this claim back to you:`, quote: statement });
    if (mail.comment) blocks.push({ text: "What they asked:", quote: mail.comment });
    blocks.push({ text: "Change what they asked and submit it again.", link: { label: "Open the claim", url: mail.url } });
  } else if (mail.kind === "due_soon") {
    const overdue = Boolean(mail.claim?.dueOn && mail.today && mail.claim.dueOn < mail.today);
    subject = overdue ? "A claim you review is overdue" : "A claim you review is due tomorrow";
    const when = overdue ? `was due on ${mail.claim?.dueOn}` : "is due tomorrow";
    blocks.push({ text: `This claim ${when}:`, quote: statement, link: { label: "Open the claim", url: mail.url } });
  } else if (mail.kind === "mentioned") {
    subject = `${who} mentioned you in a comment`;
    blocks.push({ text: `${who} mentioned you in the conversation about this claim:`, quote: statement });
    if (mail.comment) blocks.push({ text: "They wrote:", quote: mail.comment });
    blocks.push({ text: "Reply on the desk.", link: { label: "Open the claim", url: mail.url } });
  } else {
    subject = `${who} signed off your verdict`;
    blocks.push({ text: `${who} signed off your verdict on this claim.`, quote: statement, link: { label: "Open the claim", url: mail.url } });
  }
  return compose(
    subject,
    `Hello ${mail.name},`,
    blocks,
    `${mail.newsroom} · sent by Factdesk. To get no more mail of this kind: ${mail.unsubscribeUrl}`,
  );
}
