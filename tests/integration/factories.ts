import { inEnglish, type ServiceWords } from "@/lib/core/serviceWords";
import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { sessions, type Role } from "@/db/schema";
import { actorContext, anonymousContext, systemContext, type Actor, type ServiceContext } from "@/lib/core/context";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { getPublishedVersion } from "@/lib/services/publishing/getPublishedVersion";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { createUser } from "@/lib/services/users/createUser";

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

export const SAMPLE_BODY = [
  "The mayor said unemployment fell to 3.2 percent last year.",
  "Critics say the figure leaves out part-time workers.",
  "“We built 4,000 new homes,” the mayor added.",
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
