import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { claims } from "@/db/schema";
import { ConflictError, ValidationError } from "@/lib/core/errors";
import { createAnchor } from "@/lib/domain/anchoring";
import { defaultClaimantType } from "@/lib/domain/claimants";
import { lockArticle } from "../articles/articleLocks";
import { recordAudit } from "../audit/recordAudit";
import { transaction } from "../transaction";
import { claimantTypeField } from "../fields";
import { defineVerb } from "../verb";
import type { ClaimDto } from "./claimDto";
import { allocateClaimNumbers } from "./claimRows";
import { toClaimDto } from "./toClaimDto";
import { MAX_CLAIM_CHARACTERS, MAX_NAME_CHARACTERS } from "@/lib/domain/limits";
import { words } from "@/lib/core/serviceWords";
import { said } from "@/lib/core/zodWords";

const createClaimSchema = z.strictObject({
  articleId: z.uuid(said("unknownArticle")),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(0),
  statement: z.string().trim().max(MAX_CLAIM_CHARACTERS, said("keepStatementUnder", { max: MAX_CLAIM_CHARACTERS })).optional(),
  claimant: z.string().trim().max(MAX_NAME_CHARACTERS, said("keepClaimantUnder", { max: MAX_NAME_CHARACTERS })).optional(),
  /** Left out: an organisation when the claimant is the article's outlet, else not said. */
  claimantType: claimantTypeField.optional(),
  checkWorthiness: z.number().min(0).max(1).nullish(),
  /** The text revision the editor selected in; a stale one is refused instead of anchoring to the wrong words. */
  textRevision: z.coerce.number().int().positive().optional(),
});

export type CreateClaimInput = z.input<typeof createClaimSchema>;

/** Marks a span of the article's current text as a claim to check. */
export const createClaim = defineVerb({
  name: "createClaim",
  permission: "claim:create",
  input: createClaimSchema,
  audit: [{ action: "claim.create", entityType: "claim", records: "after" }],
}, async (ctx, data, actor): Promise<ClaimDto> => {
  return transaction(ctx, async (tx) => {
    const article = await lockArticle(tx.db, data.articleId, "share");
    if (data.textRevision !== undefined && data.textRevision !== article.textRevision) {
      throw new ConflictError(words("textChangedSelectText"));
    }
    if (data.end <= data.start || data.end > article.body.length || !article.body.slice(data.start, data.end).trim()) {
      throw new ValidationError(words("selectTextForClaim"));
    }
    const anchor = createAnchor(article.body, data.start, data.end);
    // Numbering locks the article's counter, so two clicks on one selection cannot both pass the check below.
    const number = await allocateClaimNumbers(tx.db, article.id);
    const [same] = await tx.db
      .select({ number: claims.number })
      .from(claims)
      .where(and(eq(claims.articleId, article.id), eq(claims.anchorStart, anchor.start), eq(claims.anchorEnd, anchor.end), ne(claims.anchorState, "orphaned")))
      .limit(1);
    if (same) throw new ValidationError(words("alreadyClaim", { number: String(same.number) }));
    const [claim] = await tx.db
      .insert(claims)
      .values({
        articleId: data.articleId,
        searchConfig: article.searchConfig,
        number,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        statement: data.statement || anchor.quote,
        claimant: data.claimant ?? "",
        claimantType: data.claimantType !== undefined ? data.claimantType : defaultClaimantType(data.claimant ?? "", article.sourceOutlet),
        checkWorthiness: data.checkWorthiness ?? null,
        createdBy: actor?.id ?? null,
        updatedBy: actor?.id ?? null,
      })
      .returning();
    const dto = toClaimDto(claim!);
    await recordAudit(tx, { action: "claim.create", entityType: "claim", entityId: dto.id, after: dto });
    return dto;
  });
});
