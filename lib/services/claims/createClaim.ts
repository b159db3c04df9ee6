import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articles, claims } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { createAnchor } from "@/lib/domain/anchoring";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { parseInput } from "../validation";
import { toClaimDto, type ClaimDto } from "./claimDto";

export const createClaimSchema = z.strictObject({
  articleId: z.uuid("Unknown article."),
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(0),
  statement: z.string().trim().max(2000, "Keep the statement under 2,000 characters.").optional(),
  claimant: z.string().trim().max(200, "Keep the claimant under 200 characters.").optional(),
  checkWorthiness: z.number().min(0).max(1).nullish(),
  /** The text revision the editor selected in; a stale one is refused instead of anchoring to the wrong words. */
  textRevision: z.coerce.number().int().positive().optional(),
});

export type CreateClaimInput = z.input<typeof createClaimSchema>;

/** Marks a span of the article's current text as a claim to check. */
export async function createClaim(ctx: ServiceContext, input: CreateClaimInput): Promise<ClaimDto> {
  const actor = authorize(ctx, "claim:create");
  const data = parseInput(createClaimSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({ body: articles.body, textRevision: articles.textRevision })
      .from(articles)
      .where(eq(articles.id, data.articleId));
    if (!article) throw new NotFoundError("That article");
    if (data.textRevision !== undefined && data.textRevision !== article.textRevision) {
      throw new ConflictError("The article text changed since you loaded it. Reload and select the text again.");
    }
    if (data.end <= data.start || data.end > article.body.length || !article.body.slice(data.start, data.end).trim()) {
      throw new ValidationError("Select some text of the article to make a claim.");
    }
    const anchor = createAnchor(article.body, data.start, data.end);
    const [claim] = await tx
      .insert(claims)
      .values({
        articleId: data.articleId,
        anchorStart: anchor.start,
        anchorEnd: anchor.end,
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        statement: data.statement || anchor.quote,
        claimant: data.claimant ?? "",
        checkWorthiness: data.checkWorthiness ?? null,
        createdBy: actor?.id ?? null,
        updatedBy: actor?.id ?? null,
      })
      .returning();
    const dto = toClaimDto(claim!);
    await recordAudit(tx, ctx, { action: "claim.create", entityType: "claim", entityId: dto.id, after: dto });
    return dto;
  });
}
