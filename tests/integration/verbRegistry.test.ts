import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { desc, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, roleEnum } from "@/db/schema";
import { can, roleCan } from "@/lib/auth/permissions";
import { actorContext, anonymousContext, systemContext, type Actor, type ServiceContext } from "@/lib/core/context";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";
import { VERBS, type AnyVerb, type VerbName } from "@/lib/services/registry";
import { setUserActive } from "@/lib/services/users/setUserActive";
import { isVerb } from "@/lib/services/verb";
import { tableDigest } from "./database";
import { makeUser } from "./factories";
import { SCENARIOS, type Scenario, type World } from "./verbScenarios";

// Guards that tests prove: every verb of lib/services is in the registry, and every one of them is run by every
// kind of actor. A refusal must be a refusal (and change no row of any table); an allowed call must succeed and
// write exactly the audit entries the verb declares. Skipping a verb's permission check in defineVerb, or deleting
// an authorize(...) (ownership) or recordAudit(...) call from any verb, fails this file.

const SERVICE_MODULES = import.meta.glob<Record<string, unknown>>("/lib/services/**/*.ts", { eager: true });

describe("the verb registry", () => {
  const exported = Object.entries(SERVICE_MODULES).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([, value]) => isVerb(value))
      .map(([name, verb]) => ({ file, name, verb })),
  );

  test("lists every verb exported from lib/services, by the name it is exported as", () => {
    const registered = new Map<unknown, string>(Object.entries(VERBS).map(([name, verb]) => [verb, name]));
    expect(exported.length).toBeGreaterThan(0);
    for (const { file, name, verb } of exported) {
      expect(registered.get(verb), `${name} (${file}) is missing from lib/services/registry.ts`).toBe(name);
      expect((verb as { verbName: string }).verbName).toBe(name);
    }
    expect(exported.map((e) => e.name).sort()).toEqual(Object.keys(VERBS).sort());
  });

  test("holds one verb per file, named for the verb", () => {
    for (const { file, name } of exported) expect(path.basename(file, ".ts"), file).toBe(name);
  });

  test("has a scenario for every verb", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(Object.keys(VERBS).sort());
  });
});

const ACTOR_KINDS = ["anonymous", "deactivated user", "reviewer not assigned", "reviewer assigned", "editor", "admin"] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];

let world: World;
const actors = new Map<ActorKind, Actor | null>();
const importPage = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
  res.end("Council says ridership hit a record\n\nThe council said ridership reached 412 million trips last year.");
});
const tally = { allowed: 0, refused: 0 };

beforeAll(async () => {
  await new Promise<void>((resolve) => importPage.listen(0, "127.0.0.1", resolve));
  vi.stubEnv("FACTDESK_ALLOW_PRIVATE_IMPORT", "1");
  const withSession = async (role: "admin" | "editor" | "reviewer", name: string) => ({ ...(await makeUser(role, name)).actor, sessionId: randomUUID() });
  const deactivated = await withSession("editor", "deactivated");
  actors.set("anonymous", null);
  actors.set("deactivated user", deactivated);
  actors.set("reviewer not assigned", await withSession("reviewer", "other-reviewer"));
  actors.set("reviewer assigned", await withSession("reviewer", "assigned-reviewer"));
  actors.set("editor", await withSession("editor", "editor"));
  actors.set("admin", await withSession("admin", "admin"));
  const system = systemContext(await getDb());
  await setUserActive(system, { userId: deactivated.id, active: false });
  world = { system, assignedReviewer: actors.get("reviewer assigned")!, importUrl: `http://127.0.0.1:${(importPage.address() as AddressInfo).port}/article.txt` };
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => importPage.close(resolve));
  const cases = Object.keys(VERBS).length * ACTOR_KINDS.length;
  console.info(`authorization matrix: ${Object.keys(VERBS).length} verbs × ${ACTOR_KINDS.length} actors = ${cases} cases; ${tally.allowed} allowed, ${tally.refused} refused`);
});

function contextFor(actor: Actor | null, db: ServiceContext["db"]): ServiceContext {
  return actor ? actorContext(db, actor) : anonymousContext(db);
}

/** What the permission table says this actor may do here. */
function allowedByTable(spec: AnyVerb, kind: ActorKind, actor: Actor | null, scenario: Scenario): boolean {
  if (spec.permission === "public") return true;
  if (kind === "anonymous" || kind === "deactivated user") return false;
  return can(actor, spec.permission, scenario.resource);
}

/** Refused by role alone (before any row could be read), as opposed to by ownership of the row. */
function refusedByRole(spec: AnyVerb, kind: ActorKind, actor: Actor | null): boolean {
  if (spec.permission === "public") return false;
  return kind === "anonymous" || kind === "deactivated user" || !roleCan(actor!.role, spec.permission);
}

/**
 * The call must be refused and change no row of any table, except for the one `access.refused` audit entry a
 * signed-in actor's refusal leaves (written outside the verb's transaction, so it survives the rollback).
 */
async function expectRefusal(call: () => Promise<unknown>, actor: Actor | null, verbName: string) {
  const mark = await latestAuditId();
  const before = await tableDigest();
  const error = await call().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "was allowed").not.toBeNull();
  expect([UnauthenticatedError, ForbiddenError].some((kind) => error instanceof kind), `refused with ${String(error)}`).toBe(true);
  const db = await getDb();
  const entries = await db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(auditLog.id);
  expect(entries.map((e) => [e.action, e.actorId, e.entityType, e.entityId])).toEqual(actor ? [["access.refused", actor.id, "verb", verbName]] : []);
  // Take the refusal's own entry away again; then every table must be as it was.
  if (entries.length) await db.delete(auditLog).where(gt(auditLog.id, mark));
  expect(await tableDigest(), "a refused call changed rows").toEqual(before);
}

describe.each(Object.keys(VERBS) as VerbName[])("%s", (name) => {
  const spec: AnyVerb = VERBS[name];

  test.each(ACTOR_KINDS)("as %s: allowed or refused as the permission table says", async (kind) => {
    const actor = actors.get(kind) ?? null;
    const scenario = await SCENARIOS[name](world, actor);
    const ctx = contextFor(actor, await getDb());
    const call = (input: unknown) => (spec as unknown as (ctx: ServiceContext, input: unknown) => Promise<unknown>)(ctx, input);

    if (!allowedByTable(spec, kind, actor, scenario)) {
      tally.refused += 1;
      await expectRefusal(() => call(scenario.input), actor, name);
      if (scenario.missing !== undefined && refusedByRole(spec, kind, actor)) await expectRefusal(() => call(scenario.missing), actor, name);
      return;
    }

    tally.allowed += 1;
    const db = await getDb();
    const mark = await latestAuditId();
    const result = await call(scenario.input);
    const entries = await db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(auditLog.id);
    const named = typeof scenario.entity === "function" ? scenario.entity(result) : scenario.entity;
    const entities = Array.isArray(named) ? named : [named];
    // A bulk verb's spec stands for one entry per entity it acted on; its scenario must name several, in order.
    const expectedEntries = spec.audit.flatMap((a) => {
      if (!a.each) return [{ ...a, entity: named }];
      expect(entities.length, `the ${name} scenario should act on several entities`).toBeGreaterThan(1);
      return entities.map((entity) => ({ ...a, entity }));
    });
    expect(entries.map((e) => `${e.action} ${e.entityType}`)).toEqual(expectedEntries.map((a) => `${a.action} ${a.entityType}`));
    expectedEntries.forEach((expected, i) => {
      const entry = entries[i]!;
      expect(expected.entity, `the ${name} scenario names no entity`).toBeTruthy();
      expect(entry.actorId, "audit entry without the actor").toBe(expected.by === "entity" ? expected.entity : actor!.id);
      expect(entry.entityId).toBe(expected.entity);
      if (expected.records !== "after") expect(entry.before, "audit entry without 'before'").not.toBeNull();
      if (expected.records !== "before") expect(entry.after, "audit entry without 'after'").not.toBeNull();
    });
  });
});

// A verb no role may call (a backup of the whole database) is refused to every actor above; the system context that
// may call it must be allowed, and must write the audit entries the verb declares, with no actor.
const SYSTEM_ONLY = (Object.keys(VERBS) as VerbName[]).filter((name) => {
  const permission = VERBS[name].permission;
  return permission !== "public" && !roleEnum.enumValues.some((role) => roleCan(role, permission));
});

describe.each(SYSTEM_ONLY)("%s", (name) => {
  test("as the system: allowed, and audited as the verb declares", async () => {
    const spec: AnyVerb = VERBS[name];
    const scenario = await SCENARIOS[name](world, null);
    const db = await getDb();
    const mark = await latestAuditId();
    const result = await (spec as unknown as (ctx: ServiceContext, input: unknown) => Promise<unknown>)(systemContext(db), scenario.input);
    const entries = await db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(auditLog.id);
    const named = typeof scenario.entity === "function" ? scenario.entity(result) : scenario.entity;
    const entities = Array.isArray(named) ? named : [named];
    const expectedEntries = spec.audit.flatMap((a) => (a.each ? entities.map((entity) => ({ ...a, entity })) : [{ ...a, entity: named }]));
    expect(entries.map((e) => [e.action, e.entityType, e.entityId, e.actorId])).toEqual(expectedEntries.map((a) => [a.action, a.entityType, a.entity, null]));
    for (const [i, expected] of expectedEntries.entries()) {
      if (expected.records !== "after") expect(entries[i]!.before, "audit entry without 'before'").not.toBeNull();
      if (expected.records !== "before") expect(entries[i]!.after, "audit entry without 'after'").not.toBeNull();
    }
    await (result as { body?: ReadableStream }).body?.cancel();
  });
});

async function latestAuditId(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}
