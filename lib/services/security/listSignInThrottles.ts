import { and, desc, eq, gt, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { signInThrottles, users } from "@/db/schema";
import { FAILURE_MEMORY_HOURS, FREE_FAILURES, freeFailuresFor } from "@/lib/domain/signInDelays";
import { defineVerb } from "../verb";
import type { ThrottleDto, ThrottleKind } from "./throttleDto";

/** The most throttles listed: the ones tried last come first. */
const LISTED = 200;

/**
 * Sign-ins held back now, or past their free failures within the last day (the smallest allowance, FREE_FAILURES,
 * narrows the query; each key's own allowance decides): accounts, their codes,
 * addresses and browsers, with whom an account key is about. For an admin to see who is locked out and lift it.
 */
export const listSignInThrottles = defineVerb(
  { name: "listSignInThrottles", permission: "security:manage", input: z.void(), audit: [] },
  async (ctx): Promise<ThrottleDto[]> => {
    const t = signInThrottles;
    const rows = await ctx.db
      .select({ key: t.key, failures: t.failures, blockedUntil: t.blockedUntil, updatedAt: t.updatedAt, held: sql<boolean>`${t.blockedUntil} > now()` })
      .from(t)
      .where(and(gt(t.failures, 0), gt(t.updatedAt, sql`now() - make_interval(hours => ${FAILURE_MEMORY_HOURS})`), or(sql`${t.blockedUntil} > now()`, gt(t.failures, FREE_FAILURES))))
      .orderBy(desc(t.updatedAt))
      .limit(LISTED);
    const kept = rows.filter((row) => row.held || row.failures > freeFailuresFor(row.key));
    const people = await namesFor(ctx.db, kept.map((row) => row.key));
    return kept.map((row) => {
      const [kind, ...rest] = row.key.split(":") as [ThrottleKind, ...string[]];
      const value = rest.join(":");
      const person = kind === "account" ? people.byEmail.get(value) : kind === "code" ? people.byId.get(value) : undefined;
      return {
        key: row.key,
        kind,
        subject: kind === "device" ? null : kind === "code" ? (person?.email ?? null) : value,
        personName: person?.displayName ?? null,
        failures: row.failures,
        heldUntil: row.held ? row.blockedUntil.toISOString() : null,
        lastAttemptAt: row.updatedAt.toISOString(),
      };
    });
  },
);

type Person = { id: string; email: string; displayName: string };

async function namesFor(db: Queryable, keys: string[]) {
  const emails = keys.filter((k) => k.startsWith("account:")).map((k) => k.slice("account:".length));
  const ids = keys.filter((k) => k.startsWith("code:")).map((k) => k.slice("code:".length));
  const found: Person[] =
    emails.length || ids.length
      ? await db
          .select({ id: users.id, email: users.email, displayName: users.displayName })
          .from(users)
          .where(or(...emails.map((email) => eq(sql`lower(${users.email})`, email)), ...ids.filter((id) => z.uuid().safeParse(id).success).map((id) => eq(users.id, id))))
      : [];
  return { byEmail: new Map(found.map((p) => [p.email.toLowerCase(), p])), byId: new Map(found.map((p) => [p.id, p])) };
}
