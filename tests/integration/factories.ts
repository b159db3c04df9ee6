import { inEnglish, type ServiceWords } from "@/lib/core/serviceWords";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { sessions, type Role } from "@/db/schema";
import { actorContext, anonymousContext, systemContext, type Actor, type ServiceContext } from "@/lib/core/context";
import { createArticle } from "@/lib/services/articles/createArticle";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import type { SaveRatingScaleInput } from "@/lib/services/ratingScales/ratingScaleDto";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { createUser } from "@/lib/services/users/createUser";
import { resetDatabase } from "./database";

export const TEST_PASSWORD = "correct horse battery staple";

export type ActorContext = ServiceContext & { actor: Actor };

/** The command line's context: no signed-in user, every check passed. */
export async function systemCtx(): Promise<ServiceContext> {
  return systemContext(await getDb());
}

/** A visitor who is not signed in. */
export async function anonymousCtx(): Promise<ServiceContext> {
  return anonymousContext(await getDb());
}

/**
 * The same person acting through a session in which they confirmed it is them just now (confirmIdentity): changing
 * how they sign in needs that.
 */
export async function freshSession(user: ActorContext, sessionId: string = randomUUID()): Promise<ActorContext> {
  const db = await getDb();
  const fresh = { revokedAt: null, reauthenticatedAt: new Date(), expiresAt: new Date(Date.now() + 3_600_000) };
  await db.insert(sessions).values({ id: sessionId, userId: user.actor.id, ...fresh }).onConflictDoUpdate({ target: sessions.id, set: fresh });
  return { ...user, actor: { ...user.actor, sessionId } };
}

/** A new account of the given role and a service context acting as it. */
export async function makeUser(role: Role, name: string = role): Promise<ActorContext> {
  const email = `${name}-${randomUUID().slice(0, 8)}@example.test`;
  const { user } = await createUser(await systemCtx(), { email, displayName: `${name} user`, role, password: TEST_PASSWORD });
  return actorContext(await getDb(), { id: user.id, role: user.role, displayName: user.displayName, email: user.email }) as ActorContext;
}

/** A newsroom for one test: the database emptied, then an admin, an editor, and a second editor who signs off. */
export async function freshNewsroom(): Promise<{ admin: ActorContext; editor: ActorContext; approver: ActorContext }> {
  await resetDatabase();
  return { admin: await makeUser("admin"), editor: await makeUser("editor"), approver: await makeUser("editor", "approver") };
}

export const SAMPLE_BODY = [
  "The mayor said unemployment fell to 3.2 percent last year.",
  "Critics say the figure leaves out part-time workers.",
  "“We built 4,000 new homes,” the mayor added.",
].join("\n");

/** Two sentences of a Spanish article, for articles in another language than the newsroom's. */
export const SPANISH_BODY = [
  "El alcalde dijo que el desempleo bajó al 3,2 por ciento el año pasado.",
  "Los críticos dicen que la cifra deja fuera a los trabajadores a tiempo parcial.",
].join("\n");

/** An article with a known body, created by the given editor. */
export async function makeArticle(editor: ServiceContext, title = "Mayor's claims") {
  return createArticle(editor, { title, body: SAMPLE_BODY, sourceOutlet: "Daily Example" });
}

/** Publishes the article as the editor sees it in the workspace now (as the publish form does). */
export async function publishAsShown(editor: ServiceContext, articleId: string, note: { changeNote?: string; isCorrection?: boolean } = {}) {
  const shown = await getWorkspace(editor, articleId);
  return publishArticle(editor, {
    articleId,
    version: shown.article.version,
    textRevision: shown.article.textRevision,
    publishStamp: shown.publishStamp,
    ...note,
  });
}

type SignedOff = { body?: string; explanation?: string; label?: string; statement?: string };

/** A claim of `quote` (in `body`) rated `label` with `explanation`, signed off by `approver`: ready to publish. */
export async function signedOffClaim(editor: ActorContext, approver: ActorContext, articleId: string, quote: string, { body = SAMPLE_BODY, explanation = "Rose.", label = "False", statement }: SignedOff = {}) {
  const verdictId = (await listVerdicts(editor)).find((v) => v.label === label)!.id;
  const claim = await createClaim(editor, { articleId, ...spanOf(quote, body), ...(statement ? { statement } : {}) });
  const reviewed = await reviewClaim(editor, { claimId: claim.id, version: claim.version, verdictId, publicExplanation: explanation, sources: [], readyForSignoff: true });
  return signOffClaim(approver, { claimId: reviewed.id, version: reviewed.version });
}

/** An article in `language` whose first sentence is a claim rated "False", published: the article, its claim, its version. */
export async function publishedWithFalse(editor: ActorContext, approver: ActorContext, title: string, body: string, language: string) {
  const article = await createArticle(editor, { title, body, language });
  const claim = await signedOffClaim(editor, approver, article.id, body.split("\n")[0]!, { body });
  await publishAsShown(editor, article.id);
  return { article, claim, version: await publishedVersion(article.slug) };
}

type VerdictChange = { label?: string; translations?: SaveRatingScaleInput["verdicts"][number]["translations"] };

/** Saves a new version of the rating scale with the verdict labelled `label` changed as `change` says. */
export async function changeVerdict(admin: ActorContext, label: string, change: VerdictChange) {
  const scale = await getRatingScale(admin);
  await saveRatingScale(admin, {
    version: scale.version,
    verdicts: scale.verdicts.map(({ lineageId, label: own, description, colour, retired, translations }) =>
      own === label ? { lineageId, label: change.label ?? own, description, colour, retired, translations: change.translations ?? translations } : { lineageId, label: own, description, colour, retired, translations },
    ),
  });
}

/** Offsets of `quote` in the sample body. */
export function spanOf(quote: string, body = SAMPLE_BODY): { start: number; end: number } {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`quote not in body: ${quote}`);
  return { start, end: start + quote.length };
}

/** The latest published version readers see of an article (failing the test when there is none or it is retracted). */
export async function publishedVersion(slug: string, number?: number) {
  const version = await getPublishedVersion(await anonymousCtx(), { slug, number });
  if (version?.kind !== "published") throw new Error(`no published version of ${slug}: ${JSON.stringify(version)}`);
  return version;
}

/** A search's notice in English (a service gives its words: a catalog key and values). */
export function noticeOf(result: { notice: ServiceWords | null }): string | null {
  return result.notice ? inEnglish(result.notice) : null;
}
