import { eq, inArray } from "drizzle-orm";
import { createTranslator } from "next-intl";
import type { Queryable } from "@/db/client";
import { articles, auditLog, claims, users, verdicts } from "@/db/schema";
import { describeAuditChange, isUuid, referencedIds } from "@/lib/domain/auditChanges";
import { actionInWords, AUDIT_WORDS_NAMESPACE, entityTypeInWords, verbInWords, type AuditWords, type ReferenceKind } from "@/lib/domain/auditWords";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { CATALOGS, type Messages } from "@/messages/catalogs";
import type { AuditEntityDto, AuditEntryDto } from "./auditDto";
import { FAILED_ATTEMPT_ACTIONS } from "./auditFilters";

// The audit log's read model: entries made readable, in the words of an interface language (the catalog's
// "admin.auditWords"). Names are looked up once per page, one query per kind of thing (people, verdicts, claims,
// articles), never once per entry.

/** The audit log's words in one interface language, from the message catalogs. */
export function auditWordsIn(language: InterfaceLanguage): AuditWords {
  // The keys are codes read from the database, so the translator is used untyped (its keys are checked by tests).
  const translator = createTranslator({ locale: language, messages: CATALOGS[language] as Messages, namespace: AUDIT_WORDS_NAMESPACE });
  return translator as unknown as AuditWords;
}

/** The columns an audit entry is read with (the actor's name by join). */
export const auditRowColumns = {
  id: auditLog.id,
  at: auditLog.createdAt,
  actorId: auditLog.actorId,
  actorName: users.displayName,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  before: auditLog.before,
  after: auditLog.after,
};

export type AuditRow = {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
};

/** Reads audit rows with the actor's name: pass the conditions, order and limit. */
export function selectAuditRows(db: Queryable) {
  return db.select(auditRowColumns).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId));
}

type Names = {
  user: Map<string, string>;
  email: Map<string, string>;
  verdict: Map<string, string>;
  claim: Map<string, { statement: string; articleId: string }>;
  article: Map<string, string>;
};

/** The rows as the log shows them, in `words`, with every id the page names resolved in at most four queries. */
export async function readableEntries(db: Queryable, rows: readonly AuditRow[], words: AuditWords): Promise<AuditEntryDto[]> {
  const names = await lookUpNames(db, rows);
  const nameOf = (kind: ReferenceKind, id: string) => {
    if (kind === "claim") return names.claim.get(id)?.statement;
    return names[kind].get(id);
  };
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    ...actorOf(row, names, words),
    action: row.action,
    actionLabel: actionInWords(row.action, words),
    entityType: row.entityType,
    entityTypeLabel: entityTypeInWords(row.entityType, words),
    entityId: row.entityId,
    entity: entityOf(row, names, words),
    change: describeAuditChange(row.before, row.after, nameOf, words),
    before: row.before,
    after: row.after,
  }));
}

async function lookUpNames(db: Queryable, rows: readonly AuditRow[]): Promise<Names> {
  const ids: Record<ReferenceKind, Set<string>> = { user: new Set(), verdict: new Set(), claim: new Set(), article: new Set() };
  for (const row of rows) {
    const kind = entityKind(row.entityType);
    if (kind && isUuid(row.entityId)) ids[kind].add(row.entityId);
    referencedIds(row.before, ids);
    referencedIds(row.after, ids);
  }
  const list = (kind: ReferenceKind) => [...ids[kind]];
  const [people, ratings, claimRows, articleRows] = await Promise.all([
    ids.user.size ? db.select({ id: users.id, name: users.displayName, email: users.email }).from(users).where(inArray(users.id, list("user"))) : [],
    ids.verdict.size ? db.select({ id: verdicts.id, name: verdicts.label }).from(verdicts).where(inArray(verdicts.id, list("verdict"))) : [],
    ids.claim.size
      ? db.select({ id: claims.id, statement: claims.statement, articleId: claims.articleId }).from(claims).where(inArray(claims.id, list("claim")))
      : [],
    ids.article.size ? db.select({ id: articles.id, name: articles.title }).from(articles).where(inArray(articles.id, list("article"))) : [],
  ]);
  return {
    user: new Map(people.map((p) => [p.id, p.name])),
    email: new Map(people.map((p) => [p.id, p.email])),
    verdict: new Map(ratings.map((v) => [v.id, v.name])),
    claim: new Map(claimRows.map((c) => [c.id, { statement: c.statement, articleId: c.articleId }])),
    article: new Map(articleRows.map((a) => [a.id, a.name])),
  };
}

function entityKind(entityType: string): ReferenceKind | null {
  return entityType === "user" || entityType === "claim" || entityType === "article" || entityType === "verdict" ? entityType : null;
}

/**
 * Who did it. A failed sign-in or two-factor code was typed by someone not (yet) signed in: the entry names the
 * address that tried and the account it tried, never the targeted person as the one who acted (the stored actor
 * column keeps the account, as it always has, for the CSV and older entries).
 */
const ATTEMPTS = new Set<string>(FAILED_ATTEMPT_ACTIONS);

function actorOf(row: AuditRow, names: Names, words: AuditWords): { actorId: string | null; actorName: string } {
  if (!ATTEMPTS.has(row.action)) return { actorId: row.actorId, actorName: row.actorName ?? words("actors.system") };
  const address = recordedField(row, "address");
  const email = isUuid(row.entityId) ? names.email.get(row.entityId) : undefined;
  const tried = email
    ? words("actors.triedEmail", { email })
    : row.entityId === "unknown"
      ? words("actors.triedNoAccount")
      : words("actors.triedUnknown");
  return { actorId: null, actorName: words("actors.attempt", { address: address ?? words("actors.unknownAddress"), tried }) };
}

const claimHref = (claimId: string, articleId: string) => `/desk/articles/${articleId}#claim-${claimId}`;

/** What the entry is about: its name now, else what the entry recorded of it, with a link while it exists. */
function entityOf(row: AuditRow, names: Names, words: AuditWords): AuditEntityDto {
  const recorded = recordedField(row, "statement") ?? recordedField(row, "title") ?? recordedField(row, "displayName");
  const deleted = (fallback: string) => (recorded ? words("entities.deleted", { name: recorded }) : words(fallback));
  switch (row.entityType) {
    case "claim": {
      const claim = names.claim.get(row.entityId);
      if (claim) return { label: claim.statement, href: claimHref(row.entityId, claim.articleId) };
      return { label: deleted("entities.deletedClaim"), href: null };
    }
    case "article": {
      const title = names.article.get(row.entityId);
      if (title !== undefined) return { label: title, href: `/desk/articles/${row.entityId}` };
      return { label: deleted("entities.deletedArticle"), href: null };
    }
    case "user": {
      if (row.entityId === "unknown") return { label: words("entities.noAccount"), href: null };
      const name = names.user.get(row.entityId);
      return { label: name ?? recorded ?? words("entities.unknownAccount"), href: name !== undefined ? `/admin/users#user-${row.entityId}` : null };
    }
    case "comment": {
      const claimId = recordedField(row, "claimId");
      const claim = claimId ? names.claim.get(claimId) : undefined;
      if (claim && claimId) return { label: words("entities.commentOn", { statement: claim.statement }), href: claimHref(claimId, claim.articleId) };
      return { label: words("entities.commentOnDeleted"), href: null };
    }
    case "session": {
      const userId = recordedField(row, "userId");
      const name = userId ? names.user.get(userId) : undefined;
      return { label: name ? words("entities.sessionOf", { name }) : words("entities.session"), href: null };
    }
    case "organisation":
      return { label: words("entities.organisation"), href: "/admin/organisation" };
    case "database":
      return { label: words("entities.database"), href: null };
    case "rating_scale": {
      const version = recordedNumber(row, "version");
      return { label: version === undefined ? words("entities.ratingScale") : words("entities.ratingScaleVersion", { version }), href: "/admin/rating-scale" };
    }
    case "security_settings":
      return { label: words("entities.securitySettings"), href: "/admin/security" };
    case "audit_log":
      return { label: words("entities.auditLog"), href: "/admin/audit" };
    case "fact_check_source": {
      const url = recordedField(row, "url");
      return { label: url ? words("entities.importSource", { url }) : words("entities.anImportSource"), href: null };
    }
    case "fact_check_import": {
      const from = recordedField(row, "from");
      return { label: from && from !== "file" ? words("entities.importFrom", { from }) : words("entities.importFromFile"), href: null };
    }
    case "verb":
      return { label: words("entities.verb", { verb: verbInWords(row.entityId) }), href: null };
    default:
      return { label: isUuid(row.entityId) ? words("entities.other", { type: entityTypeInWords(row.entityType, words).toLowerCase() }) : row.entityId, href: null };
  }
}

function recordedField(row: AuditRow, key: string): string | undefined {
  for (const recorded of [row.after, row.before]) {
    if (recorded && typeof recorded === "object" && !Array.isArray(recorded)) {
      const value = (recorded as Record<string, unknown>)[key];
      if (typeof value === "string" && value !== "") return value;
    }
  }
  return undefined;
}

function recordedNumber(row: AuditRow, key: string): number | undefined {
  for (const recorded of [row.after, row.before]) {
    if (recorded && typeof recorded === "object" && !Array.isArray(recorded)) {
      const value = (recorded as Record<string, unknown>)[key];
      if (typeof value === "number") return value;
    }
  }
  return undefined;
}
