import { count, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { actorContext, systemContext, type Actor, type TxContext } from "@/lib/core/context";
import { scoreSentence } from "@/lib/domain/checkWorthiness";
import { importFactChecks } from "@/lib/services/archive/importFactChecks";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { transaction } from "@/lib/services/transaction";
import { createUser } from "@/lib/services/users/createUser";
import { DEMO_DRAFT, DEMO_REVIEWS } from "./demoClaims";
import { DEMO_FACT_CHECKS } from "./demoFactChecks";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demoMode";
import { SAMPLE_ARTICLE } from "./sampleArticle";

// Any fixed number: instances starting together on one empty database seed it once.
const SEED_LOCK_KEY = 727_274_002;

/**
 * Creates the demo newsroom on an empty database, through the same service verbs the app uses, in one transaction:
 * a seed that fails half-way leaves nothing behind, and the next start tries again.
 * Returns false (and does nothing) when the database already has users.
 */
export async function seedDemoNewsroom(): Promise<boolean> {
  const db = await getDb();
  return transaction(systemContext(db), async (tx) => {
    await tx.db.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [existing] = await tx.db.select({ n: count() }).from(users);
    if ((existing?.n ?? 0) > 0) return false;
    await seed(tx);
    return true;
  });
}

async function seed(tx: TxContext): Promise<void> {
  const actors: Actor[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const { user } = await createUser(tx, { ...account, password: DEMO_PASSWORD });
    actors.push({ id: user.id, role: user.role, displayName: user.displayName, email: user.email });
  }
  const [admin, editor, reviewer] = actors as [Actor, Actor, Actor];
  const asAdmin = actorContext(tx.db, admin);
  const asEditor = actorContext(tx.db, editor);
  const asReviewer = actorContext(tx.db, reviewer);

  await updateOrganisation(asAdmin, {
    name: "Factdesk Demo Newsroom",
    url: "",
    description: "A sample newsroom that shows how Factdesk works. Its reviews are examples, not real fact-checks.",
    contactEmail: "",
    logoUrl: "",
  });

  const { attribution: _attribution, ...articleFields } = SAMPLE_ARTICLE;
  const article = await createArticle(asEditor, articleFields);
  const verdicts = await listVerdicts(asEditor);

  for (const review of DEMO_REVIEWS) {
    const start = SAMPLE_ARTICLE.body.indexOf(review.quote);
    if (start < 0) throw new Error(`Demo quote not found in the sample article: ${review.quote.slice(0, 40)}…`);
    let claim = await createClaim(asEditor, {
      articleId: article.id,
      start,
      end: start + review.quote.length,
      statement: review.statement,
      claimant: review.claimant,
      ...(review.claimantType ? { claimantType: review.claimantType } : {}),
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
  const shown = await getWorkspace(asEditor, article.id);
  await publishArticle(asEditor, {
    articleId: article.id,
    version: shown.article.version,
    textRevision: shown.article.textRevision,
    publishStamp: shown.publishStamp,
  });
  await createArticle(asEditor, DEMO_DRAFT);
  await importFactChecks(asEditor, { text: JSON.stringify(DEMO_FACT_CHECKS) });
}
