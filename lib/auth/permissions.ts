import type { Role } from "@/db/schema";
import { ForbiddenError, UnauthenticatedError } from "@/lib/services/errors";
import type { Actor, ServiceContext } from "@/lib/services/context";

/** `assigned`: allowed only on a claim whose reviewer is the actor. */
type Grant = true | "assigned";

/** The one permission table: action → what each role may do. A missing role is refused. */
export const PERMISSIONS = {
  "desk:read": { admin: true, editor: true, reviewer: true },
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
  "user:manage": { admin: true },
  "scale:manage": { admin: true },
  "organisation:manage": { admin: true },
  "audit:read": { admin: true },
} as const satisfies Record<string, Partial<Record<Role, Grant>>>;

export type Action = keyof typeof PERMISSIONS;

/** What an ownership-scoped action is checked against. */
export type Resource = { reviewerId?: string | null };

/** Whether a role may take an action at all, ignoring ownership (for showing or hiding controls). */
export function roleCan(role: Role, action: Action): boolean {
  return Boolean((PERMISSIONS[action] as Partial<Record<Role, Grant>>)[role]);
}

/** Whether this actor may take this action on this resource. */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  if (!actor) return false;
  const grant = (PERMISSIONS[action] as Partial<Record<Role, Grant>>)[actor.role];
  if (grant === true) return true;
  if (grant === "assigned") return Boolean(resource?.reviewerId) && resource?.reviewerId === actor.id;
  return false;
}

/** First line of every service verb: throws unless the context may take the action; returns the actor. */
export function authorize(ctx: ServiceContext, action: Action, resource?: Resource): Actor | null {
  if (ctx.system) return null;
  if (!ctx.actor) throw new UnauthenticatedError();
  if (!can(ctx.actor, action, resource)) throw new ForbiddenError();
  return ctx.actor;
}
