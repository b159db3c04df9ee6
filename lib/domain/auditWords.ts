// The audit log in words: what each recorded action code means, and what each recorded field is called. Codes not
// listed here (an action added later, or by another part of the app) still read as words through the fallbacks.

/** Every action code the services record, in words, grouped as the filter's drop-down shows them. */
export const AUDIT_ACTION_WORDS: Record<string, string> = {
  "article.create": "Article added",
  "article.update_details": "Article details changed",
  "article.revise_text": "Article text revised",
  "article.publish": "Article published",
  "article.retract": "Article retracted",
  "claim.create": "Claim added",
  "claim.accept_suggestions": "Suggested claims accepted",
  "claim.edit": "Claim edited",
  "claim.delete": "Claim deleted",
  "claim.merge": "Claims merged",
  "claim.split": "Claim split",
  "claim.anchor": "Claim's words moved",
  "claim.assign": "Reviewer assigned",
  "claim.review": "Verdict saved",
  "claim.sign_off": "Verdict signed off",
  "claim.return": "Claim returned to reviewer",
  "claim.dismiss": "Claim dismissed",
  "claim.restore": "Claim restored",
  "claim.match": "Earlier fact-check linked or dismissed",
  "claim.copy_match": "Earlier fact-check copied into the review",
  "factcheck.import": "Fact-checks imported",
  "factcheck.source_add": "Import source added",
  "factcheck.source_remove": "Import source removed",
  "factcheck.source_read": "Import source read",
  "comment.create": "Comment added",
  "comment.edit": "Comment edited",
  "comment.delete": "Comment deleted",
  "organisation.update": "Organisation details changed",
  "rating_scale.update": "Rating scale changed",
  "security.require_two_factor": "Two-factor requirement changed",
  "security.lift_throttle": "Held-back sign-ins let through",
  "user.create": "Account created",
  "user.role": "Role changed",
  "user.deactivate": "Account deactivated",
  "user.activate": "Account reactivated",
  "user.reset_password": "Password reset",
  "user.set_password": "Password set through a link",
  "user.change_password": "Password changed",
  "user.rename": "Name changed",
  "user.interface_language": "Interface language changed",
  "user.change_email": "E-mail changed by an admin",
  "user.two_factor_enable": "Two-factor sign-in turned on",
  "user.two_factor_disable": "Two-factor sign-in turned off",
  "user.two_factor_reset": "Two-factor sign-in reset by an admin",
  "user.recovery_codes_replace": "New recovery codes made",
  "user.confirm_identity": "Confirmed it was them",
  "user.sign_out": "Signed out",
  "user.sign_out_everywhere": "Signed out everywhere",
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.two_factor_failed": "Two-factor code refused",
  "auth.confirm_identity_failed": "Confirming it was them failed",
  "access.refused": "Access refused",
  "audit.export": "Audit log exported",
  "database.backup": "Database backed up through the running server",
  "outbox.retry": "Undelivered message sent again",
};

/** The group a code belongs to (its part before the first dot), in words. */
const GROUP_WORDS: Record<string, string> = {
  article: "Articles",
  claim: "Claims",
  comment: "Comments",
  organisation: "Organisation",
  scale: "Rating scale",
  rating_scale: "Rating scale",
  security: "Sign-in security",
  factcheck: "Checked before?",
  user: "Accounts",
  auth: "Sign-in",
  access: "Access",
  audit: "Audit log",
  database: "Database",
};

/** What a recorded field is called on screen; a field not listed reads as its name split into words. */
const FIELD_WORDS: Record<string, string> = {
  reviewerId: "Reviewer",
  verdictId: "Verdict",
  authorId: "Author",
  submittedBy: "Submitted by",
  signedOffBy: "Signed off by",
  claimId: "Claim",
  articleId: "Article",
  claimIds: "Claims",
  publicExplanation: "Public explanation",
  dueOn: "Due",
  sources: "Sources",
  anchorState: "Words in the text",
  textRevision: "Text revision",
  publishedVersion: "Published version",
  changeNote: "Change note",
  isCorrection: "Correction",
  displayName: "Name",
  email: "E-mail",
  sessionVersion: "Session generation",
  sessionsEnded: "Sessions ended",
  contactEmail: "Contact e-mail",
  logoUrl: "Logo address",
  url: "Website",
  sourceUrl: "Source address",
  sourceOutlet: "Source outlet",
  originalAuthor: "Original author",
  originalPublishedOn: "Originally published on",
  claimCount: "Claims",
  requireTwoFactor: "Two-factor sign-in required",
  everyHours: "Read every (hours)",
  address: "From address",
  userAgent: "Browser",
  revokedAt: "Ended at",
};

/** What kind of thing an entry is about, in words (the filter's choices and the Item column). */
const ENTITY_TYPE_WORDS: Record<string, string> = {
  article: "Article",
  claim: "Claim",
  comment: "Comment",
  user: "Account",
  session: "Session",
  organisation: "Organisation",
  rating_scale: "Rating scale",
  security_settings: "Sign-in security",
  sign_in_throttle: "Held-back sign-ins",
  fact_check_import: "Fact-check import",
  fact_check_source: "Import source",
  audit_log: "Audit log",
  database: "Database",
  verb: "Action",
  outbox_message: "Outgoing message",
};

/** Recorded values that are codes, in words, by the field that holds them. */
const VALUE_WORDS: Record<string, Record<string, string>> = {
  status: { new: "New", in_progress: "In review", needs_signoff: "Needs sign-off", signed_off: "Signed off", dismissed: "Dismissed" },
  anchorState: { ok: "In place", changed: "Source text changed", orphaned: "Not in the text" },
  role: { admin: "Admin", editor: "Editor", reviewer: "Reviewer" },
  decision: { linked: "Linked", dismissed: "Dismissed" },
  kind: { claimreview: "ClaimReview feed", factdesk_api: "Factdesk API", feed: "News feed", comment: "Comment", return: "Return to the reviewer" },
  reason: { unknown_account: "no account with that e-mail", demo_account: "demo account (switched off)", throttled: "too many attempts" },
};

/** A code-like recorded text ("wrong_password", "needs_signoff") in words; other text as it is. */
export function valueInWords(key: string | null, value: string): string {
  const known = key ? VALUE_WORDS[key]?.[value] : undefined;
  if (known) return known;
  return /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(value) ? splitWords(value) : value;
}

/** An entity type in words ("rating_scale" → "Rating scale"). */
export function entityTypeInWords(type: string): string {
  return ENTITY_TYPE_WORDS[type] ?? sentenceCase(splitWords(type));
}

/** The verb name an access refusal recorded, in words ("publishArticle" → "publish article"). */
export function verbInWords(name: string): string {
  return splitWords(name);
}

/** Fields whose value is the id of something with a name: what kind of thing. */
export const REFERENCE_FIELDS = {
  reviewerId: "user",
  authorId: "user",
  submittedBy: "user",
  signedOffBy: "user",
  userId: "user",
  verdictId: "verdict",
  claimId: "claim",
  articleId: "article",
  mentioned: "user",
  claimIds: "claim",
} as const satisfies Record<string, ReferenceKind>;

export type ReferenceKind = "user" | "verdict" | "claim" | "article";

/** An action code in words: from the table, else built from its parts ("scale.retire_verdict" → "Scale: retire verdict"). */
export function actionInWords(code: string): string {
  const known = AUDIT_ACTION_WORDS[code];
  if (known) return known;
  const [group = "", ...rest] = code.split(".");
  const groupWords = GROUP_WORDS[group] ?? sentenceCase(splitWords(group));
  return rest.length ? `${groupWords}: ${splitWords(rest.join(" "))}` : groupWords;
}

/** A recorded field's name in words. */
export function fieldInWords(key: string): string {
  return FIELD_WORDS[key] ?? sentenceCase(splitWords(key));
}

/**
 * The choices of the action filter: each group ("claim." for every claim action) followed by its actions, the
 * known ones and any other recorded code, in words.
 */
export function actionChoices(recorded: readonly string[]): { group: string; label: string; actions: { value: string; label: string }[] }[] {
  const codes = [...new Set([...Object.keys(AUDIT_ACTION_WORDS), ...recorded])];
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const group = code.split(".")[0]!;
    groups.set(group, [...(groups.get(group) ?? []), code]);
  }
  return [...groups.entries()].map(([group, members]) => ({
    group: `${group}.`,
    label: GROUP_WORDS[group] ?? sentenceCase(splitWords(group)),
    actions: members.map((value) => ({ value, label: actionInWords(value) })).sort((a, b) => a.label.localeCompare(b.label)),
  }));
}

function splitWords(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_\s]+/g, " ")
    .trim()
    .toLowerCase();
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
