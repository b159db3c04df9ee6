import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { articleVersions, claims, type Claim } from "@/db/schema";
import type { PublishedClaim, PublishedSnapshot } from "@/lib/domain/publishedSnapshot";
import { diffSnapshots } from "@/lib/domain/snapshotDiff";
import { verdictMoved } from "@/lib/domain/verdictChange";
import { lockArticle } from "../articles/articleLocks";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import { nextSnapshot } from "./nextSnapshot";
import type { DisappearReason, PreviewClaim, PreviewClaimChange, PublicationPreviewDto, PublicationWarning } from "./publicationPreviewDto";
import { said } from "@/lib/core/zodWords";

const previewSchema = z.strictObject({ articleId: z.uuid(said("unknownArticle")) });

/**
 * What publishing the article now would change for readers: the differences from the public version (none when it
 * was never published or is retracted), the claims readers see now that would disappear and why, and the version,
 * text revision and claim fingerprint to publish with, so the publication is exactly what the editor was shown.
 */
export const previewPublication = defineVerb(
  {
    name: "previewPublication",
    permission: "article:publish",
    input: previewSchema,
    audit: [],
  },
  async (ctx, { articleId }): Promise<PublicationPreviewDto> => {
    // One transaction with the article's row shared, so the text cannot be revised between the reads.
    return transaction(ctx, async (tx) => {
      const article = await lockArticle(tx.db, articleId, "share");
      const next = await nextSnapshot(tx.db, article);
      const publicVersion = article.retractedAt ? null : article.publishedVersion;
      let before: PublishedSnapshot | null = null;
      if (publicVersion) {
        const [row] = await tx.db
          .select({ snapshot: articleVersions.snapshot })
          .from(articleVersions)
          .where(and(eq(articleVersions.articleId, article.id), eq(articleVersions.number, publicVersion)));
        before = (row?.snapshot as PublishedSnapshot | undefined) ?? null;
      }
      const diff = diffSnapshots(before, next.snapshot);
      const rows = await tx.db.select().from(claims).where(eq(claims.articleId, article.id));
      const removedIds = diff.claims.flatMap((c) => (c.kind === "removed" ? [c.claim.id] : []));
      const byId = new Map(rows.filter((r) => removedIds.includes(r.id)).map((r) => [r.id, r]));
      const published = new Set(next.snapshot.claims.map((c) => c.id));

      const warnings: PublicationWarning[] = [];
      const changes: PreviewClaimChange[] = diff.claims.map((change) => {
        if (change.kind === "added") return { kind: "added", claim: named(change.claim) };
        if (change.kind === "removed") {
          const row = byId.get(change.claim.id);
          const reason = disappearReason(row);
          warnings.push({ claim: named(change.claim, row), reason, dismissedReason: row?.status === "dismissed" ? row.dismissedReason : null });
          return { kind: "removed", claim: named(change.claim, row), reason };
        }
        return {
          kind: "changed",
          claim: named(change.after),
          verdictFrom: change.before.verdict.label,
          verdictTo: change.after.verdict.label,
          verdictChanged: change.verdict,
          verdictMoved: change.verdict && verdictMoved(change.before.verdict, change.after.verdict),
          explanationChanged: change.explanation,
          statementChanged: change.statement,
          sourcesChanged: change.sources,
          wordsChanged: change.words,
        };
      });
      const nextVersion = (article.publishedVersion ?? 0) + 1;
      return {
        articleId: article.id,
        slug: article.slug,
        nextVersion,
        publicVersion,
        changeNoteRequired: nextVersion > 1,
        correctionPossible: nextVersion > 1,
        retracted: article.retractedAt ? { at: article.retractedAt, reason: article.retractionReason ?? "" } : null,
        titleChanged: diff.titleChanged,
        textChanged: diff.textChanged,
        sourceChanged: diff.sourceChanged,
        languageChange: diff.languageChanged ? { to: next.snapshot.language ?? null } : null,
        claims: changes,
        warnings,
        claimCount: next.snapshot.claims.length,
        unapprovedCount: rows.filter((r) => r.status !== "dismissed" && !published.has(r.id)).length,
        identical: diff.identical,
        shown: { articleId: article.id, version: article.version, textRevision: article.textRevision, publishStamp: next.stamp },
      };
    });
  },
);

function named(claim: PublishedClaim, row?: Claim): PreviewClaim {
  return { id: claim.id, number: claim.number ?? row?.number ?? null, statement: claim.statement, verdict: claim.verdict.label };
}

/** Why a public claim would not be in the next version, as far as its row tells. */
function disappearReason(row: Claim | undefined): DisappearReason {
  if (!row) return "deleted";
  if (row.status === "dismissed") return "dismissed";
  if (row.anchorState === "orphaned") return "words_removed";
  if (row.anchorState === "changed" || (row.approved && row.approved.quote !== row.quote)) return "words_changed";
  return "not_approved";
}
