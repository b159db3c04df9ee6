import { count } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { scoreSentence } from "@/lib/domain/checkWorthiness";
import type { Actor, ServiceContext } from "@/lib/services/context";
import { SYSTEM_CONTEXT } from "@/lib/services/context";
import { createArticle } from "@/lib/services/articles/createArticle";
import { assignReviewer, reviewClaim, signOffClaim } from "@/lib/services/claims/reviewClaim";
import { createClaim } from "@/lib/services/claims/createClaim";
import { updateOrganisation } from "@/lib/services/organisation/organisation";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { listCurrentVerdicts } from "@/lib/services/ratingScales/ratingScales";
import { createUser } from "@/lib/services/users/createUser";
import { DEMO_DRAFT, DEMO_REVIEWS } from "./demoClaims";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demoMode";
import { SAMPLE_ARTICLE } from "./sampleArticle";

/**
 * Creates the demo newsroom on an empty database, through the same service verbs the app uses.
 * Returns false (and does nothing) when the database already has users.
 */
export async function seedDemoNewsroom(): Promise<boolean> {
  const db = await getDb();
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return false;

  const actors: Actor[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const { user } = await createUser(SYSTEM_CONTEXT, { ...account, password: DEMO_PASSWORD });
    actors.push({ id: user.id, role: user.role, displayName: user.displayName, email: user.email });
  }
  const [admin, editor, reviewer] = actors as [Actor, Actor, Actor];
  const asAdmin: ServiceContext = { actor: admin };
  const asEditor: ServiceContext = { actor: editor };
  const asReviewer: ServiceContext = { actor: reviewer };

  await updateOrganisation(asAdmin, {
    name: "Factdesk Demo Newsroom",
    url: "",
    description: "A sample newsroom that shows how Factdesk works. Its reviews are examples, not real fact-checks.",
    contactEmail: "",
    logoUrl: "",
  });

  const { attribution: _attribution, ...articleFields } = SAMPLE_ARTICLE;
  const article = await createArticle(asEditor, articleFields);
  const verdicts = await listCurrentVerdicts(null);

  for (const review of DEMO_REVIEWS) {
    const start = SAMPLE_ARTICLE.body.indexOf(review.quote);
    if (start < 0) throw new Error(`Demo quote not found in the sample article: ${review.quote.slice(0, 40)}…`);
    let claim = await createClaim(asEditor, {
      articleId: article.id,
      start,
      end: start + review.quote.length,
      statement: review.statement,
      claimant: review.claimant,
      checkWorthiness: scoreSentence(review.quote),
    });
    if (review.stage === "new") continue;
    claim = await assignReviewer(asEditor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.id });
    const verdictId = verdicts.find((v) => v.label === review.verdict)?.id ?? null;
    if (review.stage === "in_progress" && !verdictId) continue;
    claim = await reviewClaim(asReviewer, {
      claimId: claim.id,
      version: claim.version,
      verdictId,
      publicExplanation: review.explanation,
      sources: review.sources,
      readyForSignoff: true,
    });
    if (review.stage === "signed_off") await signOffClaim(asEditor, { claimId: claim.id, version: claim.version });
  }
  await publishArticle(asEditor, { articleId: article.id, changeNote: "First published." });
  await createArticle(asEditor, DEMO_DRAFT);
  return true;
}
