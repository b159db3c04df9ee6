import { timingSafeEqual } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Queryable } from "@/db/client";
import { articles, claims, roleEnum, users } from "@/db/schema";
import { config } from "@/lib/config";
import { systemContext, type Actor, type TxContext } from "@/lib/core/context";
import { ValidationError } from "@/lib/core/errors";
import { createArticle } from "@/lib/services/articles/createArticle";
import { reviseArticleText } from "@/lib/services/articles/reviseArticleText";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { previewPublication } from "@/lib/services/publishing/previewPublication";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { retractArticle } from "@/lib/services/publishing/retractArticle";
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
  /** A passage of the article's text, as it stands there: the claim on it if there is one, else a new claim. */
  quote: z.string().min(1),
  statement: z.string().optional(),
  claimant: z.string().optional(),
  claimantType: z.enum(["person", "organization"]).optional(),
  /** Assigned by the article's author to this reviewer (by email). */
  reviewer: email.optional(),
  dueOn: z.iso.date().optional(),
  /** Rated by the claim's reviewer: the verdict's label on the article's scale ("True", "Mostly true"…). */
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

/** Publishes the next version: the note readers see (the verb's own for version 1 when left out), a correction or not. */
const publishRecipe = z.strictObject({ changeNote: z.string().default(""), correction: z.boolean().default(false) });

const articleRecipe = z.strictObject({
  /** The editor who brings it in and does the editor's steps (by email): a demo account or one made above. */
  by: email,
  title: z.string().min(1),
  body: z.string().min(1),
  sourceOutlet: z.string().optional(),
  sourceUrl: z.string().optional(),
  originalPublishedOn: z.string().optional(),
  claims: z.array(claimRecipe).max(50).default([]),
  /** Publishes version 1 once its claims are made. */
  publish: publishRecipe.optional(),
});

/** Later steps on an article seeded before, in this order: its text revised, its claims made or taken further, publish, retract. */
const changeRecipe = z.strictObject({
  /** The article's id, as an earlier seed answered it. */
  article: z.uuid(),
  /** The editor who takes the editor's steps (by email). */
  by: email,
  text: z.string().min(1).optional(),
  claims: z.array(claimRecipe).max(50).default([]),
  publish: publishRecipe.optional(),
  retract: z.strictObject({ reason: z.string().min(1) }).optional(),
});

export const seedRecipeSchema = z.strictObject({
  users: z
    .array(z.strictObject({ email, displayName: z.string().min(1), role: z.enum(roleEnum.enumValues), password: z.string().min(1) }))
    .max(20)
    .default([]),
  articles: z.array(articleRecipe).max(20).default([]),
  changes: z.array(changeRecipe).max(20).default([]),
});

export type SeedRecipe = z.input<typeof seedRecipeSchema>;

type SeededArticle = { id: string; slug: string; claimIds: string[]; publishedVersion: number | null };

export type SeedResult = {
  users: { id: string; email: string; displayName: string; role: string }[];
  /** Each seeded article, and after each change the article it changed: the claims its recipe named, in its order. */
  articles: SeededArticle[];
  changes: SeededArticle[];
};

/**
 * Makes what `recipe` describes, all of it or (on any failure) nothing: accounts through createUser with the system
 * context (which alone may give a password), then each article's steps as the people the recipe names, so every
 * step is authorized, audited and notified as it would be from the desk.
 */
export async function runSeedRecipe(db: Queryable, recipe: unknown): Promise<SeedResult> {
  const data = parseInput(seedRecipeSchema, recipe);
  return transaction(systemContext(db), async (tx) => {
    const result: SeedResult = { users: [], articles: [], changes: [] };
    for (const account of data.users) {
      const { user } = await createUser(tx, account);
      result.users.push({ id: user.id, email: user.email, displayName: user.displayName, role: user.role });
    }
    for (const { by, title, body, sourceOutlet, sourceUrl, originalPublishedOn, ...steps } of data.articles) {
      const author = await actorByEmail(tx, by);
      const article = await createArticle(as(tx, author), { title, body, sourceOutlet, sourceUrl, originalPublishedOn });
      result.articles.push(await changeArticle(tx, article.id, author, steps));
    }
    for (const { article, by, ...steps } of data.changes) result.changes.push(await changeArticle(tx, article, await actorByEmail(tx, by), steps));
    return result;
  });
}

/**
 * The actor's context inside the seed's transaction: their verbs run in savepoints of it, and what they leave for
 * after the commit (purging the shared cache) waits for the seed's commit, as it waits for the desk's.
 */
function as(tx: TxContext, actor: Actor): TxContext {
  return { actor, db: tx.db, inTransaction: true, afterCommit: tx.afterCommit };
}

async function changeArticle(
  tx: TxContext,
  articleId: string,
  author: Actor,
  steps: Omit<z.output<typeof changeRecipe>, "article" | "by">,
): Promise<SeededArticle> {
  const asAuthor = as(tx, author);
  if (steps.text !== undefined) {
    const { version } = await articleRow(tx, articleId);
    await reviseArticleText(asAuthor, { articleId, version, body: steps.text });
  }
  const verdicts = steps.claims.some((step) => step.review) ? await listVerdicts(asAuthor) : [];
  const claimIds: string[] = [];
  for (const step of steps.claims) claimIds.push(await takeClaim(tx, articleId, asAuthor, step, verdicts));
  if (steps.publish) {
    // What the desk's Publish panel was shown, as it publishes (the workspace would also work out claim suggestions).
    const { shown } = await previewPublication(asAuthor, { articleId });
    await publishArticle(asAuthor, { ...shown, changeNote: steps.publish.changeNote, isCorrection: steps.publish.correction });
  }
  if (steps.retract) {
    const { version } = await articleRow(tx, articleId);
    await retractArticle(asAuthor, { articleId, version, reason: steps.retract.reason });
  }
  const { slug, publishedVersion } = await articleRow(tx, articleId);
  return { id: articleId, slug, claimIds, publishedVersion };
}

/** The claim on the step's quote (made when there is none), assigned, reviewed and signed off as the step says; its id. */
async function takeClaim(
  tx: TxContext,
  articleId: string,
  asAuthor: TxContext,
  step: z.output<typeof claimRecipe>,
  verdicts: { id: string; label: string }[],
): Promise<string> {
  const [existing] = await tx.db
    .select({ id: claims.id, version: claims.version, reviewerId: claims.reviewerId })
    .from(claims)
    .where(and(eq(claims.articleId, articleId), eq(claims.quote, step.quote), ne(claims.anchorState, "orphaned")))
    .limit(1);
  let claim: { id: string; version: number; reviewerId: string | null };
  if (existing) {
    claim = existing;
  } else {
    const { body } = await articleRow(tx, articleId);
    const start = body.indexOf(step.quote);
    if (start < 0) throw new ValidationError(`The quote is not in the article's text: ${step.quote.slice(0, 60)}`);
    claim = await createClaim(asAuthor, {
      articleId,
      start,
      end: start + step.quote.length,
      statement: step.statement,
      claimant: step.claimant,
      claimantType: step.claimantType,
    });
  }
  if (step.reviewer) {
    const reviewer = await actorByEmail(tx, step.reviewer);
    if (claim.reviewerId !== reviewer.id) {
      claim = await assignReviewer(asAuthor, { claimId: claim.id, version: claim.version, reviewerId: reviewer.id, dueOn: step.dueOn });
    }
  }
  if (step.review) {
    if (!claim.reviewerId) throw new ValidationError(`Name a reviewer to rate the claim: ${step.quote.slice(0, 60)}`);
    const verdictId = verdicts.find((verdict) => verdict.label === step.review!.verdict)?.id;
    if (!verdictId) throw new ValidationError(`No verdict is labelled ${step.review.verdict}.`);
    claim = await reviewClaim(as(tx, await actorById(tx, claim.reviewerId)), {
      claimId: claim.id,
      version: claim.version,
      verdictId,
      publicExplanation: step.review.explanation,
      sources: step.review.sources,
      readyForSignoff: step.review.readyForSignoff,
    });
  }
  if (step.signOff) claim = await signOffClaim(asAuthor, { claimId: claim.id, version: claim.version });
  return claim.id;
}

async function articleRow(tx: TxContext, id: string) {
  const [article] = await tx.db
    .select({ slug: articles.slug, body: articles.body, version: articles.version, publishedVersion: articles.publishedVersion })
    .from(articles)
    .where(eq(articles.id, id));
  if (!article) throw new ValidationError(`No article has the id ${id}.`);
  return article;
}

const actorColumns = { id: users.id, role: users.role, displayName: users.displayName, email: users.email };

async function actorByEmail(tx: TxContext, address: string): Promise<Actor> {
  const [user] = await tx.db.select(actorColumns).from(users).where(sql`lower(${users.email}) = ${address}`).limit(1);
  if (!user) throw new ValidationError(`No account has the email ${address}.`);
  return user;
}

async function actorById(tx: TxContext, id: string): Promise<Actor> {
  const [user] = await tx.db.select(actorColumns).from(users).where(eq(users.id, id));
  return user!;
}
