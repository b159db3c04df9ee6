import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { roleEnum, users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { ConflictError } from "../errors";
import { parseInput } from "../validation";
import { toUserDto, type UserDto } from "./userDto";

const createUserSchema = z.strictObject({
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(320),
  displayName: z.string().trim().min(1, "Enter a name.").max(120),
  role: z.enum(roleEnum.enumValues, "Choose a role: admin, editor or reviewer."),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
    .max(1024)
    .optional(),
});

export type CreateUserInput = z.input<typeof createUserSchema>;

/** Creates an account. Without a password, one is generated and returned once, for the admin to pass on. */
export async function createUser(
  ctx: ServiceContext,
  input: CreateUserInput,
): Promise<{ user: UserDto; password: string | null }> {
  authorize(ctx, "user:manage");
  const data = parseInput(createUserSchema, input);
  const generated = data.password ? null : generatePassword();
  const passwordHash = await hashPassword(data.password ?? generated!);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${data.email}`)
      .limit(1);
    if (existing) throw new ConflictError(`An account with the email ${data.email} already exists.`);
    const [user] = await tx
      .insert(users)
      .values({
        email: data.email,
        displayName: data.displayName,
        role: data.role,
        passwordHash,
        mustChangePassword: generated !== null,
      })
      .returning();
    const dto = toUserDto(user!);
    await recordAudit(tx, ctx, { action: "user.create", entityType: "user", entityId: dto.id, after: dto });
    return { user: dto, password: generated };
  });
}
