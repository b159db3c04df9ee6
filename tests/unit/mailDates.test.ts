import { expect, test } from "vitest";
import { translatorFor } from "@/lib/core/translator";
import { notificationMail, passwordLinkMail } from "@/lib/domain/mailTemplates";

// A mail writes its days and times as the recipient's language does, not as the database stores them: a Spanish
// reviewer read "con plazo el 2026-12-09" in mail while the desk's lists said "9 dic 2026".

const spanish = { t: translatorFor("es", "mail"), language: "es" };
const base = { name: "Rita", newsroom: "Diario", actor: "Edna", url: "https://desk.example/desk/articles/1", unsubscribeUrl: "https://desk.example/mail/unsubscribe?token=x" };

test("due dates, a batch's due dates and an overdue day are written in the recipient's language", () => {
  const assigned = notificationMail({ ...base, kind: "assigned", claim: { statement: "El paro bajó.", dueOn: "2026-12-09" } }, spanish);
  expect(assigned.text).toContain("9 de diciembre de 2026");
  const batch = notificationMail({ ...base, kind: "assigned", batch: { claims: 3, dueDates: ["2026-12-09", "2026-12-10"], undated: 0 } }, spanish);
  expect(batch.text).toContain("9 de diciembre de 2026 y 10 de diciembre de 2026");
  const overdue = notificationMail({ ...base, kind: "due_soon", today: "2026-12-12", claim: { statement: "El paro bajó.", dueOn: "2026-12-09" } }, spanish);
  expect(overdue.text).toContain("9 de diciembre de 2026");
  for (const mail of [assigned, batch, overdue]) expect(mail.text + mail.html).not.toMatch(/2026-12-\d\d/);
});

test("a set-password link's end is a day and a time in the recipient's language, in UTC", () => {
  const mail = passwordLinkMail({ purpose: "invitation", name: "Ana", newsroom: "Diario", url: "https://desk.example/set-password/x", expiresAt: new Date("2026-12-07T21:15:00Z") }, spanish);
  expect(mail.text).toMatch(/7 de diciembre de 2026\D+21:15 UTC/);
  expect(mail.text).not.toContain("2026-12-07");
});
