import { eq } from "drizzle-orm";
import { z } from "zod";
import { signInThrottles } from "@/db/schema";
import { NotFoundError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const liftSchema = z.strictObject({ key: z.string().regex(/^(account|code|address|device):.{1,320}$/, said("chooseHeldBackSignIn")) });

/** Lets a held-back account, address or browser try again at once: its failure count starts again from nothing. */
export const liftSignInThrottle = defineVerb(
  {
    name: "liftSignInThrottle",
    permission: "security:manage",
    input: liftSchema,
    audit: [{ action: "security.lift_throttle", entityType: "sign_in_throttle", records: "before" }],
  },
  async (ctx, data): Promise<{ key: string }> => {
    return transaction(ctx, async (tx) => {
      const [lifted] = await tx.db.delete(signInThrottles).where(eq(signInThrottles.key, data.key)).returning();
      if (!lifted) throw new NotFoundError(words("heldBackSignInNotFound"));
      await recordAudit(tx, {
        action: "security.lift_throttle",
        entityType: "sign_in_throttle",
        entityId: data.key,
        before: { failures: lifted.failures, blockedUntil: lifted.blockedUntil.toISOString() },
      });
      return { key: data.key };
    });
  },
);
