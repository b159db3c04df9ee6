import { eq, type SQL } from "drizzle-orm";
import { users, type User } from "@/db/schema";
import type { ServiceContext } from "@/lib/core/context";
import { NotFoundError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { toUserDto } from "./toUserDto";
import type { UserDto } from "./userDto";
import { words } from "@/lib/core/serviceWords";

export type UserChange = Partial<{ [K in keyof User]: User[K] | SQL }>;

/** Changes one account in a transaction with its audit entry (before and after as the admin sees them). */
export function changeUser(ctx: ServiceContext, id: string, action: string, change: UserChange): Promise<UserDto> {
  return transaction(ctx, async (tx) => {
    const [before] = await tx.db.select().from(users).where(eq(users.id, id)).for("update");
    if (!before) throw new NotFoundError(words("userNotFound"));
    const [after] = await tx.db
      .update(users)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(users.id, id))
      .returning();
    const dto = toUserDto(after!);
    await recordAudit(tx, { action, entityType: "user", entityId: id, before: toUserDto(before), after: dto });
    return dto;
  });
}
