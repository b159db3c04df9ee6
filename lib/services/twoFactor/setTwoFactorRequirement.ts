import { z } from "zod";
import { securitySettings } from "@/db/schema";
import { ValidationError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { enrolmentOf, twoFactorRequired } from "./twoFactorRows";
import { words } from "@/lib/core/serviceWords";

const requirementSchema = z.strictObject({ required: z.boolean() });

/**
 * Requires two-factor sign-in of all staff (or stops requiring it). Staff without it are sent to set it up at their
 * next request, and until then may touch only their own account. Only an admin who has it may require it.
 */
export const setTwoFactorRequirement = defineVerb(
  {
    name: "setTwoFactorRequirement",
    permission: "security:manage",
    input: requirementSchema,
    audit: [{ action: "security.require_two_factor", entityType: "security_settings", records: "both" }],
  },
  async (ctx, data, actor): Promise<{ required: boolean }> => {
    return transaction(ctx, async (tx) => {
      // An admin who required it without having it would lock themselves out of the admin pages until they set it up.
      if (data.required && actor && !(await enrolmentOf(tx.db, actor.id))?.enabledAt) {
        throw new ValidationError(words("setUpOwnTwoFactorFirst"));
      }
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
