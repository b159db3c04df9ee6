import { eq } from "drizzle-orm";
import { users, type Role } from "@/db/schema";
import type { Actor, ServiceContext } from "@/lib/core/context";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";
import { mustEnrolTwoFactorSql } from "./credentials";
import { words } from "@/lib/core/serviceWords";

/** `assigned`: allowed only on a claim whose reviewer is the actor (or an article with such a claim). */
export type Grant = true | "assigned";

/** The one permission table: action → what each role may do. A missing role is refused. */
export const PERMISSIONS = {
  "desk:read": { admin: true, editor: true, reviewer: true },
  /** An article's text and claims on the desk: reviewers see only the articles they have a claim on. */
  "article:read": { admin: true, editor: true, reviewer: "assigned" },
  "account:self": { admin: true, editor: true, reviewer: true },
  "article:create": { admin: true, editor: true },
  "article:update": { admin: true, editor: true },
  "article:publish": { admin: true, editor: true },
  "claim:create": { admin: true, editor: true },
  "claim:update": { admin: true, editor: true },
  "claim:delete": { admin: true, editor: true },
  "claim:assign": { admin: true, editor: true },
  "claim:review": { admin: true, editor: true, reviewer: "assigned" },
  "claim:signoff": { admin: true, editor: true },
  "comment:create": { admin: true, editor: true, reviewer: "assigned" },
  /** Deleting anyone's comment at any time (authors may change their own only for a few minutes). */
  "comment:moderate": { admin: true },
  "user:manage": { admin: true },
  "scale:manage": { admin: true },
  "organisation:manage": { admin: true },
  "audit:read": { admin: true },
  /** Newsroom-wide sign-in rules (requiring two-factor sign-in) and resetting a member's second factor. */
  "security:manage": { admin: true },
  /** Bringing other fact-checkers' ClaimReviews into the "checked before?" archive. */
  "factcheck:import": { admin: true, editor: true },
  /** The newsroom's statistics: an editor-in-chief is usually an editor. */
  "statistics:read": { admin: true, editor: true },
  /**
   * A copy of the whole database (password hashes, sessions): no role, however senior. Only the system context has
   * it: the command line, which hands a running server the operator's token to be given one (lib/auth/operatorToken.ts).
   */
  "database:backup": {},
  /** The outbox (mail waiting to go, or failed): seeing it and retrying a message. */
  "outbox:manage": { admin: true },
  /** What the server does to itself at start-up (switching the demo accounts off outside demo mode): no role. */
  "system:maintain": {},
} as const satisfies Record<string, Partial<Record<Role, Grant>>>;

export type Action = keyof typeof PERMISSIONS;

/** What an ownership-scoped action is checked against: a claim's reviewer, or the reviewers of an article's claims. */
export type Resource = { reviewerId?: string | null; reviewerIds?: readonly string[] };

/** What a role may do: everywhere (true), only on what is assigned to it, or nothing (undefined). */
export function grantOf(role: Role, action: Action): Grant | undefined {
  return (PERMISSIONS[action] as Partial<Record<Role, Grant>>)[role];
}

/** Whether a role may take an action at all, ignoring ownership (for showing or hiding controls). */
export function roleCan(role: Role, action: Action): boolean {
  return Boolean(grantOf(role, action));
}

/** Whether this actor may take this action on this resource. */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  const grant = grantOf(actor.role, action);
  if (grant === true) return true;
  if (grant === "assigned") return resource?.reviewerId === actor.id || Boolean(resource?.reviewerIds?.includes(actor.id));
  return false;
}

/**
 * The guard of every service verb. Without `resource` (the verb's first line): the role check, before any row is
 * read, then the account must still be active; the role the database holds now is the one that counts. With
 * `resource` (after the verb has read the row it acts on): the same, plus ownership. Returns the actor as the
 * database knows it (null for the system context of the command line and the demo seed).
 */
export async function authorize(ctx: ServiceContext, action: Action, resource?: Resource): Promise<Actor | null> {
  if (ctx.system) return null;
  if (!ctx.actor) throw refused(new UnauthenticatedError(), action);
  if (!roleCan(ctx.actor.role, action)) throw refused(new ForbiddenError(), action);
  const [row] = await ctx.db
    .select({
      role: users.role,
      active: users.active,
      displayName: users.displayName,
      email: users.email,
      mustEnrolTwoFactor: mustEnrolTwoFactorSql(users.id),
    })
    .from(users)
    .where(eq(users.id, ctx.actor.id));
  if (!row?.active) throw refused(new UnauthenticatedError(words("accountInactive")), action);
  // The newsroom requires two-factor sign-in: until it is set up, one's own account is all one may touch.
  if (row.mustEnrolTwoFactor && action !== "account:self") throw refused(new ForbiddenError(TWO_FACTOR_REQUIRED_MESSAGE), action);
  const actor: Actor = { ...ctx.actor, role: row.role, displayName: row.displayName, email: row.email };
  const allowed = resource === undefined ? roleCan(actor.role, action) : can(actor, action, resource);
  if (!allowed) throw refused(new ForbiddenError(), action);
  return actor;
}

export const TWO_FACTOR_REQUIRED_MESSAGE =
  words("twoFactorRequired");

const REFUSAL = Symbol.for("factdesk.accessRefusal");

/** Marks an error as authorize()'s refusal of `action`, so the verb can put it in the audit log (see verb.ts). */
function refused<E extends Error>(error: E, action: Action): E {
  Object.defineProperty(error, REFUSAL, { value: action });
  return error;
}

/** The action authorize() refused, when `error` is such a refusal. */
export function refusedAction(error: unknown): Action | undefined {
  return error instanceof Error ? ((error as unknown as Record<symbol, Action | undefined>)[REFUSAL] ?? undefined) : undefined;
}
