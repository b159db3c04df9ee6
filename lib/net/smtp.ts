import nodemailer from "nodemailer";
import { config } from "@/lib/config";
import { SMTP_CONNECT_TIMEOUT_MS, SMTP_SOCKET_TIMEOUT_MS } from "@/lib/domain/limits";

/** One message for one recipient, with a plain-text and an HTML part. */
export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe and List-Unsubscribe-Post for notifications). */
  headers?: Record<string, string>;
  /** The Message-ID, from the outbox message's id, so a message sent twice (a worker died after sending) is one to mail clients. */
  messageId: string;
};


/**
 * Sends mail through SMTP_URL from MAIL_FROM, upgrading to TLS when the server offers STARTTLS (smtps:// is TLS
 * from the start). Resolves when the server has accepted the message; rejects with the server's answer otherwise.
 * Throws when mail is not set up: the outbox writes no mail then.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const { smtpUrl, mailFrom } = config();
  if (!smtpUrl || !mailFrom) throw new Error("Mail is not set up (SMTP_URL and MAIL_FROM).");
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: SMTP_CONNECT_TIMEOUT_MS,
    greetingTimeout: SMTP_CONNECT_TIMEOUT_MS,
    socketTimeout: SMTP_SOCKET_TIMEOUT_MS,
    // Only what we give it: never a file or a URL to fetch as content.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    await transport.sendMail({
      from: mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      messageId: mail.messageId,
    });
  } finally {
    transport.close();
  }
}
