import { eq } from "drizzle-orm";
import { z } from "zod";
import { claims } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { createAnchor } from "@/lib/domain/anchoring";
import { scoreClaimSpans } from "@/lib/domain/claimSuggestions";
import { lockArticle } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { allocateClaimNumbers } from "./claimRows";
import { defineVerb } from "../verb";
import { MAX_ACCEPTED_SUGGESTIONS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const acceptSchema = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  textRevision: z.coerce.number().int().positive(),
  spans: z
    .array(z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }))
    .min(1, said("chooseASuggestion"))
    .max(MAX_ACCEPTED_SUGGESTIONS, said("tooManySuggestions")),
});

/**
 * Turns suggested sentences into claims in one transaction (one by one or all at once). Spans that are already
 * claims are skipped, so accepting twice creates nothing twice. `claimIds`: the claims made, in the order of the
 * spans given (the workspace opens the first).
 */
export const acceptSuggestions = defineVerb(
  {
    name: "acceptSuggestions",
    permission: "claim:create",
    input: acceptSchema,
    audit: [{ action: "claim.accept_suggestions", entityType: "article", records: "both" }],
  },
  async (ctx, data, actor): Promise<{ articleId: string; created: number; skipped: number; claimIds: string[] }> => {
    return transaction(ctx, async (tx) => {
      // Alone on the article: two editors accepting the same suggestion at once must not make it twice.
      const article = await lockArticle(tx.db, data.articleId, "update");
      if (article.textRevision !== data.textRevision) {
        throw new ConflictError(words("textChangedSinceSuggestions"));
      }
      const existing = await tx.db
        .select({ start: claims.anchorStart, end: claims.anchorEnd })
        .from(claims)
        .where(eq(claims.articleId, article.id));
      const taken = new Set(existing.map((c) => `${c.start}:${c.end}`));
      const fresh = data.spans.filter((span) => {
        const key = `${span.start}:${span.end}`;
        if (taken.has(key)) return false;
        taken.add(key);
        return true;
      });
      for (const span of fresh) {
        if (span.end <= span.start || span.end > article.body.length) throw new ValidationError(words("suggestionNoLongerFits"));
      }
      const createdIds: string[] = [];
      if (fresh.length) {
        const anchors = fresh.map((span) => createAnchor(article.body, span.start, span.end));
        const scores = scoreClaimSpans(article.body, anchors, article.language ?? undefined);
        const first = await allocateClaimNumbers(tx.db, article.id, anchors.length);
        const inserted = await tx.db.insert(claims).values(
          anchors.map((anchor, i) => ({
            articleId: article.id,
            searchConfig: article.searchConfig,
            number: first + i,
            anchorStart: anchor.start,
            anchorEnd: anchor.end,
            quote: anchor.quote,
            prefix: anchor.prefix,
            suffix: anchor.suffix,
            statement: anchor.quote,
            checkWorthiness: scores[i] ?? null,
            createdBy: actor?.id ?? null,
            updatedBy: actor?.id ?? null,
          })),
        ).returning({ id: claims.id });
        createdIds.push(...inserted.map((row) => row.id));
      }
      await recordAudit(tx, {
        action: "claim.accept_suggestions",
        entityType: "article",
        entityId: article.id,
        before: { claims: existing.length },
        after: { created: fresh.length, spans: fresh, claimIds: createdIds },
      });
      return { articleId: article.id, created: fresh.length, skipped: data.spans.length - fresh.length, claimIds: createdIds };
    });
  },
);
