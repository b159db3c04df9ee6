import { sql } from "drizzle-orm";
import { z } from "zod";
import { roleEnum, users } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { hashNewPassword } from "./newPassword";
import type { PasswordLinkDto } from "./passwordLinkDto";
import { issuePasswordLink } from "./passwordLinks";
import { toUserDto } from "./toUserDto";
import type { UserDto } from "./userDto";
import { MAX_DISPLAY_NAME_CHARACTERS, MAX_EMAIL_CHARACTERS, PASSWORD_FIELD_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const createUserSchema = z.strictObject({
  email: z.email(said("enterValidEmailAddress")).trim().toLowerCase().max(MAX_EMAIL_CHARACTERS),
  displayName: z.string().trim().min(1, said("enterAName")).max(MAX_DISPLAY_NAME_CHARACTERS),
  role: z.enum(roleEnum.enumValues, said("chooseRoleOfThree")),
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
  {
    name: "createUser",
    permission: "user:manage",
    input: createUserSchema,
    audit: [{ action: "user.create", entityType: "user", records: "after" }],
  },
  async (ctx, data, actor): Promise<{ user: UserDto; link: PasswordLinkDto | null }> => {
    if (data.password !== undefined && !ctx.system) {
      throw new ValidationError(words("peopleChooseOwnPassword"), { password: words("leavePasswordOut") });
    }
    const passwordHash = data.password === undefined ? null : await hashNewPassword(data.password, data.password, data.email);
    return transaction(ctx, async (tx) => {
      const [existing] = await tx.db
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = ${data.email}`)
        .limit(1);
      if (existing) throw new ConflictError(words("emailExists", { email: data.email }));
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
