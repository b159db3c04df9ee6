import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { roleEnum, users, type User } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { NotFoundError, ValidationError } from "../errors";
import { parseInput } from "../validation";
import { toUserDto, type UserDto } from "./userDto";

const userId = z.uuid("Unknown user.");

const setRoleSchema = z.strictObject({ userId, role: z.enum(roleEnum.enumValues, "Choose a role.") });
const setActiveSchema = z.strictObject({ userId, active: z.boolean() });
const resetSchema = z.strictObject({ userId });

/** Changes a user's role; their open sessions pick it up on the next request. */
export async function setUserRole(ctx: ServiceContext, input: z.input<typeof setRoleSchema>): Promise<UserDto> {
  const actor = authorize(ctx, "user:manage");
  const data = parseInput(setRoleSchema, input);
  if (actor && actor.id === data.userId && data.role !== "admin") {
    throw new ValidationError("You cannot remove your own admin role. Ask another admin.");
  }
  return changeUser(ctx, data.userId, "user.role", { role: data.role });
}

/** Deactivates (ending every session at once) or reactivates an account. */
export async function setUserActive(ctx: ServiceContext, input: z.input<typeof setActiveSchema>): Promise<UserDto> {
  const actor = authorize(ctx, "user:manage");
  const data = parseInput(setActiveSchema, input);
  if (actor && actor.id === data.userId && !data.active) {
    throw new ValidationError("You cannot deactivate your own account.");
  }
  return changeUser(ctx, data.userId, data.active ? "user.activate" : "user.deactivate", {
    active: data.active,
    sessionVersion: sql`${users.sessionVersion} + 1`,
  });
}

/** Sets a new one-time password (returned once) and ends the user's sessions. */
export async function resetUserPassword(
  ctx: ServiceContext,
  input: z.input<typeof resetSchema>,
): Promise<{ user: UserDto; password: string }> {
  authorize(ctx, "user:manage");
  const data = parseInput(resetSchema, input);
  const password = generatePassword();
  const user = await changeUser(ctx, data.userId, "user.reset_password", {
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
    sessionVersion: sql`${users.sessionVersion} + 1`,
  });
  return { user, password };
}

/** Ends every session of the signed-in user, on every device. */
export async function signOutEverywhere(ctx: ServiceContext): Promise<void> {
  const actor = authorize(ctx, "desk:read");
  if (!actor) return;
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.id));
    await recordAudit(tx, ctx, { action: "user.sign_out_everywhere", entityType: "user", entityId: actor.id });
  });
}

type UserChange = Partial<{ [K in keyof User]: User[K] | ReturnType<typeof sql> }>;

async function changeUser(ctx: ServiceContext, id: string, action: string, change: UserChange): Promise<UserDto> {
  const db = await getDb();
  return db.transaction(async (tx: Tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for("update");
    if (!before) throw new NotFoundError("That user");
    const [after] = await tx
      .update(users)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    const dto = toUserDto(after!);
    await recordAudit(tx, ctx, { action, entityType: "user", entityId: id, before: toUserDto(before), after: dto });
    return dto;
  });
}
