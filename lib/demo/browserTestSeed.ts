import { timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { roleEnum, users } from "@/db/schema";
import { config } from "@/lib/config";
import { actorContext, systemContext, type Actor, type TxContext } from "@/lib/core/context";
import { ValidationError } from "@/lib/core/errors";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { transaction } from "@/lib/services/transaction";
import { createUser } from "@/lib/services/users/createUser";
import { parseInput } from "@/lib/services/validation";

// The browser tests' seed: the state a test needs before its own steps (staff accounts, an article with claims at
// some stage, a published version), made through the service verbs in one transaction instead of through the UI.
// Only app/api/test/seed/route.e2e.ts calls it, and that route is built only for the browser tests (next.config.js)
// and answers only the holder of the token the test server was started with (FACTDESK_TEST_SEED_TOKEN).

/**
 * Whether an Authorization header is `Bearer <the seed token this server was started with>`; false whenever the
 * server has none. (Not an `x-factdesk-` header: the server drops those from every request, as its own.)
 */
export function acceptTestSeedToken(authorization: string | null | undefined, expected = config().testSeedToken): boolean {
  const given = /^Bearer (\S+)$/.exec(authorization ?? "")?.[1];
  if (!expected || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

const email = z.email().trim().toLowerCase();

const claimRecipe = z.strictObject({
  /** A passage of the article's text, as it stands there. */
  quote: z.string().min(1),
  statement: z.string().optional(),
  claimant: z.string().optional(),
  /** Assigned by the article's author to this reviewer (by email). */
  reviewer: email.optional(),
  dueOn: z.iso.date().optional(),
  /** Rated by the assigned reviewer: the verdict's label on the article's scale ("True", "Mostly true"…). */
  review: z
    .strictObject({
      verdict: z.string().min(1),
      explanation: z.string(),
      sources: z.array(z.strictObject({ url: z.url(), title: z.string().default("") })).default([]),
      readyForSignoff: z.boolean().default(true),
    })
    .optional(),
  /** Signed off by the article's author. */
  signOff: z.boolean().default(false),
});

const articleRecipe = z.strictObject({
  /** The editor who brings it in and does the editor's steps (by email): a demo account or one made above. */
  by: email,
  title: z.string().min(1),
  body: z.string().min(1),
  sourceOutlet: z.string().optional(),
  claims: z.array(claimRecipe).max(50).default([]),
  /** Publishes version 1 once its claims are made. */
  publish: z.strictObject({ changeNote: z.string().default("First published.") }).optional(),
});

export const seedRecipeSchema = z.strictObject({
  users: z
    .array(z.strictObject({ email, displayName: z.string().min(1), role: z.enum(roleEnum.enumValues), password: z.string().min(1) }))
    .max(20)
    .default([]),
  articles: z.array(articleRecipe).max(20).default([]),
});

export type SeedRecipe = z.input<typeof seedRecipeSchema>;

export type SeedResult = {
  users: { id: string; email: string; displayName: string; role: string }[];
  articles: { id: string; slug: string; claimIds: string[]; publishedVersion: number | null }[];
};

/**
 * Makes what `recipe` describes, all of it or (on any failure) nothing: accounts through createUser with the system
 * context (which alone may give a password), then each article's steps as the people the recipe names, so every
 * step is authorized, audited and notified as it would be from the desk.
 */
export async function runSeedRecipe(db: Queryable, recipe: unknown): Promise<SeedResult> {
  const data = parseInput(seedRecipeSchema, recipe);
  return transaction(systemContext(db), async (tx) => {
    const result: SeedResult = { users: [], articles: [] };
    for (const account of data.users) {
      const { user } = await createUser(tx, account);
      result.users.push({ id: user.id, email: user.email, displayName: user.displayName, role: user.role });
    }
    for (const article of data.articles) result.articles.push(await seedArticle(tx, article));
    return result;
  });
}

async function seedArticle(tx: TxContext, recipe: z.output<typeof articleRecipe>): Promise<SeedResult["articles"][number]> {
  const asAuthor = actorContext(tx.db, await actorByEmail(tx, recipe.by));
  const article = await createArticle(asAuthor, { title: recipe.title, body: recipe.body, sourceOutlet: recipe.sourceOutlet });
  const verdicts = await listVerdicts(asAuthor);
  const claimIds: string[] = [];
  for (const step of recipe.claims) {
    const start = recipe.body.indexOf(step.quote);
    if (start < 0) throw new ValidationError(`The quote is not in the article's text: ${step.quote.slice(0, 60)}`);
    let claim = await createClaim(asAuthor, {
      articleId: article.id,
      start,
      end: start + step.quote.length,
      statement: step.statement,
      claimant: step.claimant,
    });
    claimIds.push(claim.id);
    if (step.reviewer) {
      const reviewer = await actorByEmail(tx, step.reviewer);
      claim = await assignReviewer(asAuthor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.id, dueOn: step.dueOn });
      if (step.review) {
        const verdictId = verdicts.find((verdict) => verdict.label === step.review!.verdict)?.id;
        if (!verdictId) throw new ValidationError(`No verdict is labelled ${step.review.verdict}.`);
        claim = await reviewClaim(actorContext(tx.db, reviewer), {
          claimId: claim.id,
          version: claim.version,
          verdictId,
          publicExplanation: step.review.explanation,
          sources: step.review.sources,
          readyForSignoff: step.review.readyForSignoff,
        });
      }
    }
    if (step.signOff) claim = await signOffClaim(asAuthor, { claimId: claim.id, version: claim.version });
  }
  let publishedVersion: number | null = null;
  if (recipe.publish) {
    const shown = await getWorkspace(asAuthor, article.id);
    const published = await publishArticle(asAuthor, {
      articleId: article.id,
      version: shown.article.version,
      textRevision: shown.article.textRevision,
      publishStamp: shown.publishStamp,
      changeNote: recipe.publish.changeNote,
    });
    publishedVersion = published.number;
  }
  return { id: article.id, slug: article.slug, claimIds, publishedVersion };
}

async function actorByEmail(tx: TxContext, address: string): Promise<Actor> {
  const [user] = await tx.db
    .select({ id: users.id, role: users.role, displayName: users.displayName, email: users.email })
    .from(users)
    .where(sql`lower(${users.email}) = ${address}`)
    .limit(1);
  if (!user) throw new ValidationError(`No account has the email ${address}.`);
  return user;
}
