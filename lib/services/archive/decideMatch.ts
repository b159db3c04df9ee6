import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { articles, claimMatches } from "@/db/schema";
import { NotFoundError } from "@/lib/core/errors";
import { recordAudit } from "../audit/recordAudit";
import { lockClaim } from "../claims/claimRows";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { toArchiveEntryDto } from "./archiveEntries";
import { currentMatcher } from "./matcherCache";
import type { ClaimMatchDto } from "./matchDto";
import { toMatchView } from "./matchView";
import { said } from "@/lib/core/zodWords";
import { words } from "@/lib/core/serviceWords";

const decideSchema = z.strictObject({
  claimId: z.uuid(said("unknownClaim")),
  key: z.string().regex(/^(own|fc):[0-9a-f-]{36}$/, said("unknownMatch")),
  /** `none` takes back an earlier decision. */
  decision: z.enum(["linked", "dismissed", "none"]),
});

export type DecideMatchInput = z.input<typeof decideSchema>;

/**
 * An editor links a match to a claim (kept, shown to the reviewer, its review can be copied into the draft) or
 * dismisses it (not suggested again for that claim), or takes either back. A link keeps what the match showed,
 * so it reads the same if the archive entry later goes.
 */
export const decideMatch = defineVerb({
  name: "decideMatch",
  permission: "claim:update",
  input: decideSchema,
  audit: [{ action: "claim.match", entityType: "claim", records: "both" }],
}, async (ctx, { claimId, key, decision }, actor): Promise<{ decision: DecideMatchInput["decision"] }> => {
  // Editors and admins may update any claim (no ownership to check once the claim is read).
  return transaction(ctx, async (tx) => {
    const claim = await lockClaim(tx.db, claimId);
    const [before] = await tx.db
      .select({ decision: claimMatches.decision })
      .from(claimMatches)
      .where(and(eq(claimMatches.claimId, claimId), eq(claimMatches.matchKey, key)));
    await tx.db.delete(claimMatches).where(and(eq(claimMatches.claimId, claimId), eq(claimMatches.matchKey, key)));
    if (decision !== "none") {
      const { matcher, entries } = await currentMatcher(tx.db);
      const entry = entries.get(key);
      if (!entry) throw new NotFoundError(words("earlierFactCheckNotFound"));
      const [article] = await tx.db.select({ language: articles.language }).from(articles).where(eq(articles.id, claim.articleId));
      const found = matcher.match(claim.statement, { top: 50, language: article?.language }).find((match) => match.id === key);
      const snapshot: Omit<ClaimMatchDto, "decision"> = found
        ? { ...toMatchView(entry, found), strong: false }
        : { ...toArchiveEntryDto(entry), score: 0, strong: false, sharedTerms: [], reason: { numbers: [], names: [], words: [] }, statementRuns: [{ text: entry.statement, match: false }] };
      await tx.db.insert(claimMatches).values({ claimId, matchKey: key, decision, snapshot, decidedBy: actor?.id ?? null });
    }
    await recordAudit(tx, {
      action: "claim.match",
      entityType: "claim",
      entityId: claimId,
      before: { key, decision: before?.decision ?? "none", claimId },
      after: { key, decision, claimId },
    });
    return { decision };
  });
});
