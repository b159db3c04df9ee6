// The audit log in words. The codes the services record are kept here; their words, in every interface language, are
// the catalog's "admin.auditWords" (messages/<language>/admin.json). Codes without words there (an action added
// later, or by another part of the app) still read as words, built from their parts.

/** The catalog namespace of the audit log's words. */
export const AUDIT_WORDS_NAMESPACE = "admin.auditWords";

/** The audit log's words in one language: next-intl's translator of AUDIT_WORDS_NAMESPACE (or one like it). */
export type AuditWords = (key: string, values?: Record<string, string | number>) => string;

/** Every action code the services record, each with words (actions.<code>), grouped as the filter's drop-down shows them. */
export const AUDIT_ACTIONS = [
  "article.create",
  "article.update_details",
  "article.revise_text",
  "article.publish",
  "article.retract",
  "claim.create",
  "claim.accept_suggestions",
  "claim.edit",
  "claim.delete",
  "claim.merge",
  "claim.split",
  "claim.anchor",
  "claim.assign",
  "claim.review",
  "claim.sign_off",
  "claim.return",
  "claim.dismiss",
  "claim.restore",
  "claim.match",
  "claim.copy_match",
  "factcheck.import",
  "factcheck.source_add",
  "factcheck.source_remove",
  "factcheck.source_read",
  "comment.create",
  "comment.edit",
  "comment.delete",
  "organisation.update",
  "rating_scale.update",
  "security.require_two_factor",
  "security.lift_throttle",
  "user.create",
  "user.role",
  "user.deactivate",
  "user.activate",
  "user.reset_password",
  "user.set_password",
  "user.change_password",
  "user.rename",
  "user.interface_language",
  "user.change_email",
  "user.two_factor_enable",
  "user.two_factor_disable",
  "user.two_factor_reset",
  "user.recovery_codes_replace",
  "user.confirm_identity",
  "user.sign_out",
  "user.sign_out_everywhere",
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.two_factor_failed",
  "auth.confirm_identity_failed",
  "access.refused",
  "audit.export",
  "database.backup",
  "outbox.retry",
] as const;

/** The groups of codes (the part before the first dot) with a name of their own (groups.<group>). */
export const AUDIT_ACTION_GROUPS = [
  "article",
  "claim",
  "comment",
  "organisation",
  "scale",
  "rating_scale",
  "security",
  "factcheck",
  "user",
  "auth",
  "access",
  "audit",
  "database",
  "outbox",
] as const;

/**
 * Recorded fields with a name of their own on screen (fields.<key>); a field not listed reads as its name split into
 * (English) words. tests/unit/auditFieldNames.test.ts reads what the code records and fails on a field the log would
 * show without a name here, or a fixed code without words in AUDIT_VALUES.
 */
export const AUDIT_FIELDS = [
  "reviewerId",
  "verdictId",
  "authorId",
  "submittedBy",
  "signedOffBy",
  "claimId",
  "articleId",
  "claimIds",
  "publicExplanation",
  "dueOn",
  "sources",
  "anchorState",
  "textRevision",
  "publishedVersion",
  "changeNote",
  "isCorrection",
  "displayName",
  "email",
  "sessionVersion",
  "sessionsEnded",
  "contactEmail",
  "logoUrl",
  "url",
  "sourceUrl",
  "sourceOutlet",
  "originalAuthor",
  "originalPublishedOn",
  "claimCount",
  "requireTwoFactor",
  "everyHours",
  "address",
  "userAgent",
  "revokedAt",
  "status",
  "reason",
  "comment",
  "statement",
  "claimant",
  "title",
  "language",
  "body",
  "quote",
  "claims",
  "moved",
  "changed",
  "orphaned",
  "unchanged",
  "spans",
  "retracted",
  "filters",
  "action",
  "entityType",
  "permission",
  "role",
  "decision",
  "verdicts",
  "label",
  "colour",
  "description",
  "version",
  "attempts",
  "recipient",
  "failures",
  "methodology",
  "correctionsPolicy",
  "interfaceLanguage",
  "id",
  "number",
  "start",
  "end",
  "claimantType",
  "appearanceUrl",
  "checkWorthiness",
  "dismissedReason",
  "pendingAuthors",
  "sessionId",
  "method",
  "userId",
  "active",
  "lastLoginAt",
  "linkExpiresAt",
  "link",
  "twoFactor",
  "enabledAt",
  "recoveryCodes",
  "blockedUntil",
  "slug",
  "created",
  "mentioned",
  "kind",
  "createdAt",
  "name",
  "key",
  "from",
  "to",
  "actor",
  "format",
  "imported",
  "skipped",
  "urls",
  "ok",
  "pages",
  "message",
  "rows",
  "size",
] as const;

/** What kind of thing an entry is about, for the kinds with a name of their own (entityTypes.<type>). */
export const AUDIT_ENTITY_TYPES = [
  "article",
  "claim",
  "comment",
  "user",
  "session",
  "organisation",
  "rating_scale",
  "security_settings",
  "sign_in_throttle",
  "fact_check_import",
  "fact_check_source",
  "audit_log",
  "database",
  "verb",
  "outbox_message",
] as const;

/** Recorded values that are codes with words of their own (values.<field>.<code>), by the field that holds them. */
export const AUDIT_VALUES = {
  status: ["new", "in_progress", "needs_signoff", "signed_off", "dismissed", "pending", "failed"],
  anchorState: ["ok", "changed", "orphaned"],
  role: ["admin", "editor", "reviewer"],
  decision: ["linked", "dismissed", "none"],
  kind: ["claimreview", "factdesk_api", "feed", "comment", "return"],
  reason: ["unknown_account", "demo_account", "throttled", "wrong_password", "inactive", "wrong_code", "replayed_code", "wrong_recovery_code"],
  method: ["password", "totp", "password+totp", "recovery_code", "password+recovery_code"],
  format: ["html", "json", "jsonl", "factdesk_api", "feed"],
  from: ["file"],
  claimantType: ["person", "organization"],
} as const satisfies Record<string, readonly string[]>;

const KNOWN = {
  actions: new Set<string>(AUDIT_ACTIONS),
  groups: new Set<string>(AUDIT_ACTION_GROUPS),
  fields: new Set<string>(AUDIT_FIELDS),
  entityTypes: new Set<string>(AUDIT_ENTITY_TYPES),
};

/** A code-like recorded text ("wrong_password", "needs_signoff") in words; other text as it is. */
export function valueInWords(key: string | null, value: string, words: AuditWords): string {
  const known = key !== null && Object.hasOwn(AUDIT_VALUES, key) && (AUDIT_VALUES[key as keyof typeof AUDIT_VALUES] as readonly string[]).includes(value);
  if (known) return words(`values.${key}.${value}`);
  return /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(value) ? splitWords(value) : value;
}

/** An entity type in words ("rating_scale" → "Rating scale"). */
export function entityTypeInWords(type: string, words: AuditWords): string {
  return KNOWN.entityTypes.has(type) ? words(`entityTypes.${type}`) : sentenceCase(splitWords(type));
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

/** An action code in words: its own, else built from its parts ("scale.retire_verdict" → "Rating scale: retire verdict"). */
export function actionInWords(code: string, words: AuditWords): string {
  if (KNOWN.actions.has(code)) return words(`actions.${code}`);
  const [group = "", ...rest] = code.split(".");
  const groupWords = groupInWords(group, words);
  return rest.length ? words("otherAction", { group: groupWords, action: splitWords(rest.join(" ")) }) : groupWords;
}

/** A recorded field's name in words. */
export function fieldInWords(key: string, words: AuditWords): string {
  return KNOWN.fields.has(key) ? words(`fields.${key}`) : sentenceCase(splitWords(key));
}

function groupInWords(group: string, words: AuditWords): string {
  return KNOWN.groups.has(group) ? words(`groups.${group}`) : sentenceCase(splitWords(group));
}

/**
 * The choices of the action filter: each group ("claim." for every claim action) followed by its actions, the
 * known ones and any other recorded code, in words.
 */
export function actionChoices(recorded: readonly string[], words: AuditWords): { group: string; label: string; actions: { value: string; label: string }[] }[] {
  const codes = [...new Set([...AUDIT_ACTIONS, ...recorded])];
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const group = code.split(".")[0]!;
    groups.set(group, [...(groups.get(group) ?? []), code]);
  }
  return [...groups.entries()].map(([group, members]) => ({
    group: `${group}.`,
    label: groupInWords(group, words),
    actions: members.map((value) => ({ value, label: actionInWords(value, words) })).sort((a, b) => a.label.localeCompare(b.label)),
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
