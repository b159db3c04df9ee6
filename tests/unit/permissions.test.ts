import { describe, expect, test } from "vitest";
import { type Action, authorize, can, grantOf, PERMISSIONS, roleCan } from "@/lib/auth/permissions";
import type { Queryable } from "@/db/client";
import type { Actor } from "@/lib/core/context";
import { ForbiddenError, UnauthenticatedError } from "@/lib/core/errors";

const actor = (role: Actor["role"], id = `${role}-id`): Actor => ({ id, role, displayName: role, email: `${role}@x.test` });

describe("the permission table", () => {
  test("admins can do everything editors can", () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      if (roleCan("editor", action)) expect(roleCan("admin", action), action).toBe(true);
    }
  });

  // The verb registry's matrix checks every verb against this table, so only a test that writes the table out notices
  // a grant widened in it (a reviewer allowed to import fact-checks, say): changing a grant means changing this too.
  test("each role's grants, written out", () => {
    const grants = (role: Actor["role"]) =>
      (Object.keys(PERMISSIONS) as Action[]).flatMap((action) => {
        const grant = grantOf(role, action);
        return grant === true ? [action] : grant === "assigned" ? [`${action} (assigned)`] : [];
      });
    expect(grants("reviewer")).toEqual(["desk:read", "article:read (assigned)", "account:self", "claim:review (assigned)", "comment:create (assigned)"]);
    expect(grants("editor")).toEqual([
      "desk:read", "article:read", "account:self", "article:create", "article:update", "article:publish", "claim:create",
      "claim:update", "claim:delete", "claim:assign", "claim:review", "claim:signoff", "comment:create", "factcheck:import",
      "statistics:read",
    ]);
    expect(grants("admin")).toEqual((Object.keys(PERMISSIONS) as Action[]).filter((action) => action !== "database:backup" && action !== "system:maintain"));
  });

  test("only admins manage users, the scale, the organisation and read the audit log", () => {
    for (const action of ["user:manage", "scale:manage", "organisation:manage", "audit:read"] as const) {
      expect(roleCan("admin", action)).toBe(true);
      expect(roleCan("editor", action)).toBe(false);
      expect(roleCan("reviewer", action)).toBe(false);
    }
  });

  test("reviewers review only claims assigned to them, and never edit claims or articles", () => {
    const reviewer = actor("reviewer");
    expect(can(reviewer, "claim:review", { reviewerId: reviewer.id })).toBe(true);
    expect(can(reviewer, "claim:review", { reviewerId: "someone-else" })).toBe(false);
    expect(can(reviewer, "claim:review", { reviewerId: null })).toBe(false);
    expect(can(reviewer, "claim:review")).toBe(false);
    for (const action of ["claim:create", "claim:update", "claim:delete", "article:update", "article:publish", "claim:signoff"] as const) {
      expect(can(reviewer, action, { reviewerId: reviewer.id }), action).toBe(false);
    }
  });

  test("authorize refuses anonymous visitors and the wrong role before it reads anything", async () => {
    // A database that fails the test if it is touched: the cheap checks come first.
    const untouched = new Proxy({}, { get: () => expect.unreachable("the database was read before the role check") }) as Queryable;
    await expect(authorize({ actor: null, db: untouched }, "desk:read")).rejects.toThrow(UnauthenticatedError);
    await expect(authorize({ actor: actor("reviewer"), db: untouched }, "article:create")).rejects.toThrow(ForbiddenError);
    await expect(authorize({ actor: actor("editor"), db: untouched }, "user:manage")).rejects.toThrow(ForbiddenError);
    await expect(authorize({ actor: null, db: untouched, system: true }, "user:manage")).resolves.toBeNull();
  });
});
