import { z } from "zod";
import { securitySettings } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { parseInput } from "../validation";
import { defineVerb } from "../verb";
import { twoFactorRequired } from "./twoFactorRows";

const requirementSchema = z.strictObject({ required: z.boolean() });

/**
 * Requires two-factor sign-in of all staff (or stops requiring it). Staff without it are sent to set it up at their
 * next request, and until then may touch only their own account.
 */
export const setTwoFactorRequirement = defineVerb(
  "setTwoFactorRequirement",
  async (ctx, input: z.input<typeof requirementSchema>): Promise<{ required: boolean }> => {
    const actor = await authorize(ctx, "security:manage");
    const data = parseInput(requirementSchema, input);
    return transaction(ctx, async (tx) => {
      const before = await twoFactorRequired(tx.db);
      const values = { id: 1, requireTwoFactor: data.required, updatedAt: new Date(), updatedBy: actor?.id ?? null };
      await tx.db.insert(securitySettings).values(values).onConflictDoUpdate({ target: securitySettings.id, set: values });
      await recordAudit(tx, {
        action: "security.require_two_factor",
        entityType: "security_settings",
        entityId: "1",
        before: { requireTwoFactor: before },
        after: { requireTwoFactor: data.required },
      });
      return { required: data.required };
    });
  },
);
