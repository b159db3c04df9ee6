import { sql } from "drizzle-orm";
import { z } from "zod";
import { roleEnum, users } from "@/db/schema";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { authorize } from "@/lib/auth/permissions";
import { ConflictError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { toUserDto } from "./toUserDto";
import type { UserDto } from "./userDto";

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
export const createUser = defineVerb("createUser", async (ctx, input: CreateUserInput): Promise<{ user: UserDto; password: string | null }> => {
  await authorize(ctx, "user:manage");
  const data = parseInput(createUserSchema, input);
  const generated = data.password ? null : generatePassword();
  const passwordHash = await hashPassword(data.password ?? generated!);
  return transaction(ctx, async (tx) => {
    const [existing] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${data.email}`)
      .limit(1);
    if (existing) throw new ConflictError(`An account with the email ${data.email} already exists.`);
    // Two admins creating the same email at once: the unique index refuses the second, as a ConflictError.
    const [user] = await tx.db
      .insert(users)
      .values({ email: data.email, displayName: data.displayName, role: data.role, passwordHash, mustChangePassword: generated !== null })
      .returning();
    const dto = toUserDto(user!);
    await recordAudit(tx, { action: "user.create", entityType: "user", entityId: dto.id, after: dto });
    return { user: dto, password: generated };
  });
});
