import { sql } from "drizzle-orm";
import { z } from "zod";
import { roleEnum, users } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { hashNewPassword } from "./newPassword";
import type { PasswordLinkDto } from "./passwordLinkDto";
import { issuePasswordLink } from "./passwordLinks";
import { toUserDto } from "./toUserDto";
import type { UserDto } from "./userDto";
import { MAX_DISPLAY_NAME_CHARACTERS, MAX_EMAIL_CHARACTERS, PASSWORD_FIELD_CHARACTERS } from "@/lib/domain/limits";

const createUserSchema = z.strictObject({
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(MAX_EMAIL_CHARACTERS),
  displayName: z.string().trim().min(1, "Enter a name.").max(MAX_DISPLAY_NAME_CHARACTERS),
  role: z.enum(roleEnum.enumValues, "Choose a role: admin, editor or reviewer."),
  /** Only the command line and the demo seed (the system context) may set a password; people choose their own. */
  password: z.string().max(PASSWORD_FIELD_CHARACTERS).optional(),
});

export type CreateUserInput = z.input<typeof createUserSchema>;

/**
 * Creates an account without a password and returns a one-time set-password link (valid a day) for the admin to
 * pass on; the person chooses their own password through it. The demo seed and tests (system context) may give a
 * password instead, and then get no link.
 */
export const createUser = defineVerb(
  "createUser",
  async (ctx, input: CreateUserInput): Promise<{ user: UserDto; link: PasswordLinkDto | null }> => {
    const actor = await authorize(ctx, "user:manage");
    const data = parseInput(createUserSchema, input);
    if (data.password !== undefined && !ctx.system) {
      throw new ValidationError("People choose their own password through their link.", { password: "Leave the password out." });
    }
    const passwordHash = data.password === undefined ? null : await hashNewPassword(data.password, data.password, data.email);
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
        .values({ email: data.email, displayName: data.displayName, role: data.role, passwordHash })
        .returning();
      const dto = toUserDto(user!);
      const link = passwordHash ? null : await issuePasswordLink(tx.db, dto.id, actor?.id ?? null);
      await recordAudit(tx, { action: "user.create", entityType: "user", entityId: dto.id, after: { ...dto, linkExpiresAt: link?.expiresAt ?? null } });
      return { user: dto, link };
    });
  },
);
