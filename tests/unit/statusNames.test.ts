import { expect, test } from "vitest";
import { CATALOGS } from "@/messages/catalogs";

// A claim's workflow status has one name per language wherever the desk shows it: the desk's lists, the workspace,
// the audit log and the claim's history (in a sentence, so in lower case). "In review" read "in progress" in the
// history, and Ukrainian had three names for it.

const STATUSES = ["new", "in_progress", "needs_signoff", "signed_off", "dismissed"] as const;

test("the desk, the workspace and the audit log name each status alike, and the history calls “in review” the same", () => {
  for (const [language, catalog] of Object.entries(CATALOGS)) {
    const names = (catalog.workspace as { claimStatus: Record<string, string> }).claimStatus;
    const audit = (catalog.admin as { auditWords: { values: { status: Record<string, string> } } }).auditWords.values.status;
    const desk = (catalog.desk as { claimStatus: Record<string, string> }).claimStatus;
    for (const status of STATUSES) {
      expect(desk[status]?.toLocaleLowerCase(language), `${language} desk ${status}`).toBe(names[status]?.toLocaleLowerCase(language));
      expect(audit[status]?.toLocaleLowerCase(language), `${language} audit ${status}`).toBe(names[status]?.toLocaleLowerCase(language));
    }
    const history = (catalog.review as { claimHistory: Record<string, string> }).claimHistory;
    expect(history.statusInProgress, language).toBe(names.in_progress!.toLocaleLowerCase(language));
  }
});
