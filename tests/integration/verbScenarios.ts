import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { comments, drafts, factChecks, notifications, outboxMessages, sessions, signInThrottles, users, userTwoFactor } from "@/db/schema";
import { encryptTotpSecret, newTotpSecret, totpCodeAt } from "@/lib/auth/twoFactor";
import type { Resource } from "@/lib/auth/permissions";
import type { Actor, ServiceContext } from "@/lib/core/context";
import { DEMO_ACCOUNTS } from "@/lib/domain/demoAccounts";
import { decideMatch } from "@/lib/services/archive/decideMatch";
import { addFactCheckSource } from "@/lib/services/archive/addFactCheckSource";
import { importFactChecks } from "@/lib/services/archive/importFactChecks";
import { createArticle } from "@/lib/services/articles/createArticle";
import { getWorkspace } from "@/lib/services/articles/getWorkspace";
import { assignReviewer } from "@/lib/services/claims/assignReviewer";
import { createClaim } from "@/lib/services/claims/createClaim";
import { dismissClaim } from "@/lib/services/claims/dismissClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { publishArticle } from "@/lib/services/publishing/publishArticle";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import type { VerbName } from "@/lib/services/registry";
import { createUser } from "@/lib/services/users/createUser";
import { unsubscribeToken } from "@/lib/services/mail/unsubscribeTokens";
import { SAMPLE_BODY, spanOf, TEST_PASSWORD } from "./factories";

// For every verb of the registry: how to set up one call of it. The registry test runs each scenario once per kind
// of actor, on fresh rows, and checks that the verb allows or refuses as the permission table says.

export const FIRST = "The mayor said unemployment fell to 3.2 percent last year.";
export const SECOND = "Critics say the figure leaves out part-time workers.";

/** The accounts every scenario can refer to (created once per test file). */
export type World = {
  system: ServiceContext;
  assignedReviewer: Actor;
  /** The import preview's local web page. */
  importUrl: string;
};

export type Scenario = {
  input: unknown;
  /** What an ownership-scoped permission is checked against (the claim's reviewer). */
  resource?: Resource;
  /** The same call aimed at rows that do not exist: refused actors must be refused before the lookup. */
  missing?: unknown;
  /** The entity the audit entry must name (a bulk verb: each entity, in order): known up front, or read from the result. */
  entity?: string | string[] | ((result: unknown) => string | string[]);
};

type Prepare = (world: World, actor: Actor | null) => Promise<Scenario>;

const NOWHERE = "00000000-0000-4000-8000-000000000000";

async function article(world: World) {
  return createArticle(world.system, { title: `Scenario ${randomUUID().slice(0, 8)}`, body: SAMPLE_BODY });
}

/** A claim on a fresh article, assigned to the world's assigned reviewer. */
async function assignedClaim(world: World, quote = FIRST) {
  const { id: articleId } = await article(world);
  const claim = await createClaim(world.system, { articleId, ...spanOf(quote) });
  const assigned = await assignReviewer(world.system, { claimId: claim.id, version: claim.version, reviewerId: world.assignedReviewer.id });
  return { articleId, claim: assigned, resource: { reviewerId: world.assignedReviewer.id } };
}

/** An assigned claim whose verdict waits for sign-off. */
async function submittedClaim(world: World) {
  const { claim, resource } = await assignedClaim(world);
  const reviewed = await reviewClaim(world.system, {
    claimId: claim.id,
    version: claim.version,
    verdictId: await someVerdict(world),
    publicExplanation: "Official data say 4.1 percent.",
    sources: [],
    readyForSignoff: true,
  });
  return { claim: reviewed, resource };
}

async function someVerdict(world: World) {
  return (await listVerdicts(world.system))[0]!.id;
}

/** The address of a fresh article published once. */
async function publishedSlug(world: World) {
  const { id, slug } = await article(world);
  const shown = await getWorkspace(world.system, id);
  await publishArticle(world.system, { articleId: id, version: 1, textRevision: 1, publishStamp: shown.publishStamp });
  return slug;
}

async function account(world: World) {
  const { user } = await createUser(world.system, { email: `target-${randomUUID().slice(0, 8)}@example.test`, displayName: "Target", role: "reviewer" });
  return user.id;
}

/**
 * Gives the user an authenticator with a known secret (pending, or on), replacing any they had, and returns a code
 * it shows now.
 */
async function authenticatorFor(userId: string, enabled: boolean): Promise<string> {
  const secret = newTotpSecret();
  const values = { userId, secretEncrypted: encryptTotpSecret(secret), enabledAt: enabled ? new Date() : null, lastStep: 0 };
  const db = await getDb();
  await db.insert(userTwoFactor).values(values).onConflictDoUpdate({ target: userTwoFactor.userId, set: values });
  return totpCodeAt(secret, Date.now());
}

/** The demo's accounts, made (or made active again) for the call: their ids, in the demo's order. */
async function activeDemoAccounts(): Promise<string[]> {
  const db = await getDb();
  const ids: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const [existing] = await db.update(users).set({ active: true }).where(eq(users.email, account.email)).returning({ id: users.id });
    const [row] = existing ? [existing] : await db.insert(users).values({ ...account, passwordHash: "unused" }).returning({ id: users.id });
    ids.push(row!.id);
  }
  return ids;
}

/** The actor's session, confirmed just now (changing how one signs in needs that). */
async function confirmedSession(actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  const db = await getDb();
  const fresh = { revokedAt: null, reauthenticatedAt: new Date(), expiresAt: new Date(Date.now() + 3_600_000) };
  await db.insert(sessions).values({ id: actor.sessionId, userId: actor.id, ...fresh }).onConflictDoUpdate({ target: sessions.id, set: fresh });
}

async function removeAuthenticator(userId: string): Promise<void> {
  const db = await getDb();
  await db.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId));
}

/** The archive key of a fresh imported fact-check of the scenario's first claim. */
async function archivedKey(world: World) {
  const url = `https://checks.example.test/${randomUUID()}`;
  await importFactChecks(world.system, {
    text: JSON.stringify({
      "@type": "ClaimReview",
      url,
      claimReviewed: "Unemployment fell to 3.2 percent last year, the mayor said.",
      author: { "@type": "Organization", name: "Example Checks" },
      reviewRating: { "@type": "Rating", alternateName: "Mostly true" },
    }),
  });
  const db = await getDb();
  const [row] = await db.select({ id: factChecks.id }).from(factChecks).where(eq(factChecks.url, url));
  return `fc:${row!.id}`;
}

/** A fresh account and the set-password link it was created with. */
async function invited(world: World) {
  const { user, link } = await createUser(world.system, { email: `invited-${randomUUID().slice(0, 8)}@example.test`, displayName: "Invited", role: "reviewer" });
  return { userId: user.id, token: link!.token };
}

const idOf = (result: unknown) => (result as { id: string }).id;

/** A comment on the claim by this author (each actor edits or deletes only their own). */
async function commentBy(claimId: string, authorId: string) {
  const db = await getDb();
  const [row] = await db.insert(comments).values({ claimId, authorId, body: "Checked the first source." }).returning({ id: comments.id });
  return row!.id;
}

export const SCENARIOS: Record<VerbName, Prepare> = {
  createArticle: async () => ({ input: { title: "A new article", body: SAMPLE_BODY }, entity: idOf }),
  previewImport: async (world) => ({ input: { url: world.importUrl } }),
  reviseArticleText: async (world) => {
    const { id } = await article(world);
    const body = `${SAMPLE_BODY}\nA line added in revision.`;
    return { input: { articleId: id, version: 1, body }, missing: { articleId: NOWHERE, version: 1, body }, entity: id };
  },
  updateArticleDetails: async (world) => {
    const { id } = await article(world);
    return { input: { articleId: id, version: 1, title: "A better title" }, missing: { articleId: NOWHERE, version: 1, title: "x" }, entity: id };
  },
  getArticleHeader: async (world) => {
    const { articleId, resource } = await assignedClaim(world);
    return { input: articleId, missing: NOWHERE, resource: { reviewerIds: [resource.reviewerId] } };
  },
  getWorkspace: async (world) => {
    const { articleId, resource } = await assignedClaim(world);
    return { input: articleId, missing: NOWHERE, resource: { reviewerIds: [resource.reviewerId] } };
  },
  listDeskArticles: async () => ({ input: { status: "open", page: "1" } }),

  createClaim: async (world) => {
    const { id } = await article(world);
    return { input: { articleId: id, ...spanOf(FIRST) }, missing: { articleId: NOWHERE, ...spanOf(FIRST) }, entity: idOf };
  },
  acceptSuggestions: async (world) => {
    const { id } = await article(world);
    const spans = [spanOf(FIRST)];
    return { input: { articleId: id, textRevision: 1, spans }, missing: { articleId: NOWHERE, textRevision: 1, spans }, entity: id };
  },
  editClaim: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const edit = { statement: "Unemployment fell to 3.2 percent in 2024.", claimant: "The mayor" };
    return { input: { claimId: claim.id, version: claim.version, ...edit }, missing: { claimId: NOWHERE, version: 1, ...edit }, resource, entity: claim.id };
  },
  deleteClaim: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    return { input: { claimId: claim.id, version: claim.version }, missing: { claimId: NOWHERE, version: 1 }, resource, entity: claim.id };
  },
  mergeClaims: async (world) => {
    const { id: articleId } = await article(world);
    const a = await createClaim(world.system, { articleId, ...spanOf(FIRST) });
    const b = await createClaim(world.system, { articleId, ...spanOf(SECOND) });
    const input = { firstId: a.id, firstVersion: a.version, secondId: b.id, secondVersion: b.version };
    return { input, missing: { ...input, firstId: NOWHERE, secondId: randomUUID() }, entity: a.id };
  },
  splitClaim: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const at = claim.start + FIRST.indexOf(" fell");
    return { input: { claimId: claim.id, version: claim.version, at }, missing: { claimId: NOWHERE, version: 1, at }, resource, entity: claim.id };
  },
  moveClaimAnchor: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const span = spanOf(SECOND);
    return {
      input: { claimId: claim.id, version: claim.version, ...span, textRevision: 1 },
      missing: { claimId: NOWHERE, version: 1, ...span, textRevision: 1 },
      resource,
      entity: claim.id,
    };
  },
  assignReviewer: async (world) => {
    const { id: articleId } = await article(world);
    const claim = await createClaim(world.system, { articleId, ...spanOf(FIRST) });
    const input = { claimId: claim.id, version: claim.version, reviewerId: world.assignedReviewer.id, dueOn: "2030-01-31" };
    return { input, missing: { ...input, claimId: NOWHERE }, entity: claim.id };
  },
  assignClaims: async (world) => {
    const { id: articleId } = await article(world);
    const a = await createClaim(world.system, { articleId, ...spanOf(FIRST) });
    const b = await createClaim(world.system, { articleId, ...spanOf(SECOND) });
    const chosen = [a, b].map((c) => ({ claimId: c.id, version: c.version }));
    const input = { claims: chosen, reviewerId: world.assignedReviewer.id, dueOn: "2030-01-31" };
    // One entry per claim, in the order the claims are locked: by id.
    return { input, missing: { ...input, claims: [{ claimId: NOWHERE, version: 1 }] }, entity: [a.id, b.id].sort() };
  },
  reviewClaim: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const review = { verdictId: await someVerdict(world), publicExplanation: "Official data say 4.1 percent.", sources: [], readyForSignoff: true };
    return { input: { claimId: claim.id, version: claim.version, ...review }, missing: { claimId: NOWHERE, version: 1, ...review }, resource, entity: claim.id };
  },
  signOffClaim: async (world) => {
    const { claim, resource } = await submittedClaim(world);
    return { input: { claimId: claim.id, version: claim.version }, missing: { claimId: NOWHERE, version: 1 }, resource, entity: claim.id };
  },
  returnClaim: async (world) => {
    const { claim, resource } = await submittedClaim(world);
    const comment = "Check the 2024 figure against the statistics office.";
    return { input: { claimId: claim.id, version: claim.version, comment }, missing: { claimId: NOWHERE, version: 1, comment }, resource, entity: claim.id };
  },
  dismissClaim: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const reason = "An opinion, not a checkable fact.";
    return { input: { claimId: claim.id, version: claim.version, reason }, missing: { claimId: NOWHERE, version: 1, reason }, resource, entity: claim.id };
  },
  restoreClaim: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const dismissed = await dismissClaim(world.system, { claimId: claim.id, version: claim.version, reason: "Not checkable." });
    return { input: { claimId: claim.id, version: dismissed.version }, missing: { claimId: NOWHERE, version: 1 }, resource, entity: claim.id };
  },
  getClaimHistory: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    return { input: claim.id, missing: NOWHERE, resource: { reviewerIds: [resource.reviewerId] } };
  },
  listVerdicts: async () => ({ input: undefined }),

  listClaimComments: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    await commentBy(claim.id, world.assignedReviewer.id);
    return { input: { claimId: claim.id }, missing: { claimId: NOWHERE }, resource: { reviewerIds: [resource.reviewerId] } };
  },
  saveDraft: async (world) => {
    const { articleId, claim, resource } = await assignedClaim(world);
    const value = { verdictId: "", publicExplanation: "Half written: the agency says", sources: "", readyForSignoff: false };
    return {
      input: { articleId, form: "review", claimId: claim.id, baseVersion: claim.version, value },
      missing: { articleId: NOWHERE, form: "review", claimId: NOWHERE, baseVersion: 1, value },
      resource: { reviewerIds: [resource.reviewerId] },
    };
  },
  announcePresence: async (world) => {
    const { articleId, claim, resource } = await assignedClaim(world);
    return {
      input: { articleId, claimId: claim.id, editing: true },
      missing: { articleId: NOWHERE, claimId: NOWHERE },
      resource: { reviewerIds: [resource.reviewerId] },
    };
  },
  listMyDrafts: async (world) => {
    const { articleId, resource } = await assignedClaim(world);
    return { input: { articleId }, missing: { articleId: NOWHERE }, resource: { reviewerIds: [resource.reviewerId] } };
  },
  discardDraft: async (world, actor) => {
    const { articleId, claim, resource } = await assignedClaim(world);
    if (actor) {
      const db = await getDb();
      await db.insert(drafts).values({ userId: actor.id, articleId, key: `review:${claim.id}`, claimId: claim.id, value: {}, baseVersion: claim.version });
    }
    return {
      input: { articleId, form: "review", claimId: claim.id },
      missing: { articleId: NOWHERE, form: "review", claimId: NOWHERE },
      resource: { reviewerIds: [resource.reviewerId] },
    };
  },
  addComment: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const body = "The agency's report says otherwise: https://stats.example.test/jobs";
    return {
      input: { claimId: claim.id, body },
      missing: { claimId: NOWHERE, body },
      resource,
      entity: (result) => (result as { comment: { id: string } }).comment.id,
    };
  },
  editComment: async (world, actor) => {
    const { claim, resource } = await assignedClaim(world);
    const id = await commentBy(claim.id, actor?.id ?? world.assignedReviewer.id);
    return { input: { commentId: id, body: "Checked both sources." }, missing: { commentId: NOWHERE, body: "x" }, resource, entity: id };
  },
  deleteComment: async (world, actor) => {
    const { claim, resource } = await assignedClaim(world);
    const id = await commentBy(claim.id, actor?.id ?? world.assignedReviewer.id);
    return { input: { commentId: id }, missing: { commentId: NOWHERE }, resource, entity: id };
  },

  previewPublication: async (world) => {
    const { id } = await article(world);
    return { input: { articleId: id }, missing: { articleId: NOWHERE } };
  },
  publishArticle: async (world) => {
    const { id } = await article(world);
    const shown = await getWorkspace(world.system, id);
    const input = { articleId: id, version: shown.article.version, textRevision: shown.article.textRevision, publishStamp: shown.publishStamp };
    return { input, missing: { ...input, articleId: NOWHERE }, entity: id };
  },
  retractArticle: async (world) => {
    const { id } = await article(world);
    const shown = await getWorkspace(world.system, id);
    await publishArticle(world.system, { articleId: id, version: 1, textRevision: 1, publishStamp: shown.publishStamp });
    const input = { articleId: id, version: 1, reason: "The source we relied on was withdrawn." };
    return { input, missing: { ...input, articleId: NOWHERE }, entity: id };
  },
  listPublishedArticles: async () => ({ input: undefined }),
  listSitemapArticles: async () => ({ input: undefined }),
  getPublishedVersion: async (world) => {
    const { id, slug } = await article(world);
    const shown = await getWorkspace(world.system, id);
    await publishArticle(world.system, { articleId: id, version: 1, textRevision: 1, publishStamp: shown.publishStamp });
    return { input: { slug } };
  },
  listPublicArticles: async () => ({ input: { page: 1, perPage: 5 } }),
  listPublishedVersions: async () => ({ input: { limit: 5 } }),
  listPublishedClaims: async () => ({ input: { since: "2020-01-01", perPage: 5 } }),
  getPublishedClaim: async (world) => {
    const { claim } = await submittedClaim(world);
    return { input: { claimId: claim.id } };
  },
  getClaimRetraction: async (world) => {
    const { claim } = await submittedClaim(world);
    return { input: { claimId: claim.id } };
  },
  getClaimRemoval: async (world) => {
    const { claim } = await submittedClaim(world);
    return { input: { claimId: claim.id } };
  },
  findEarlierClaim: async (world) => ({ input: { slug: await publishedSlug(world), fragment: "claim-1" } }),
  listRetractions: async () => ({ input: { limit: 5 } }),
  listPublishedPage: async () => ({ input: { page: 1 } }),
  listVersions: async (world) => ({ input: { slug: await publishedSlug(world) } }),
  compareVersions: async (world) => ({ input: { slug: await publishedSlug(world), from: 1, to: 1 } }),
  listCorrections: async () => ({ input: { page: 1 } }),
  searchPublished: async () => ({ input: { q: "unemployment", verdict: "False" } }),
  getOrganisation: async () => ({ input: undefined }),
  checkHealth: async () => ({ input: undefined }),
  backupDatabase: async () => ({ input: undefined, entity: "database" }),
  switchOffDemoAccounts: async () => ({ input: undefined, entity: await activeDemoAccounts() }),

  updateOrganisation: async (world) => {
    await updateOrganisation(world.system, { name: "Before" });
    return { input: { name: `Newsroom ${randomUUID().slice(0, 6)}`, url: "https://news.example.test" }, entity: "1" };
  },
  getClaimMatches: async (world) => {
    const { articleId, resource } = await assignedClaim(world);
    return { input: { articleId }, missing: { articleId: NOWHERE }, resource: { reviewerIds: [resource.reviewerId] } };
  },
  listStrongMatches: async () => ({ input: undefined }),
  decideMatch: async (world) => {
    const { claim } = await assignedClaim(world);
    const key = await archivedKey(world);
    return { input: { claimId: claim.id, key, decision: "linked" }, missing: { claimId: NOWHERE, key, decision: "linked" }, entity: claim.id };
  },
  copyMatchIntoReview: async (world) => {
    const { claim, resource } = await assignedClaim(world);
    const key = await archivedKey(world);
    await decideMatch(world.system, { claimId: claim.id, key, decision: "linked" });
    return { input: { claimId: claim.id, version: claim.version, key }, missing: { claimId: NOWHERE, version: 1, key }, resource, entity: claim.id };
  },
  importFactChecks: async () => ({
    input: {
      text: JSON.stringify({
        "@type": "ClaimReview",
        url: `https://checks.example.test/${randomUUID()}`,
        claimReviewed: "The mayor said unemployment fell to 3.2 percent.",
        author: { "@type": "Organization", name: "Example Checks" },
        reviewRating: { "@type": "Rating", alternateName: "Mostly true" },
      }),
    },
    entity: (result) => (result as { importId: string }).importId,
  }),
  listFactCheckSources: async () => ({ input: undefined }),
  addFactCheckSource: async () => ({
    input: { url: `https://checks.example.test/${randomUUID()}/feed.xml`, everyHours: null },
    entity: (result) => (result as { id: string }).id,
  }),
  removeFactCheckSource: async (world) => {
    const { id } = await addFactCheckSource(world.system, { url: `https://checks.example.test/${randomUUID()}.json` });
    return { input: { sourceId: id }, missing: { sourceId: NOWHERE }, entity: id };
  },
  readFactCheckSource: async (world) => {
    const { id } = await addFactCheckSource(world.system, { url: `${world.importUrl}?${randomUUID()}` });
    return { input: { sourceId: id }, missing: { sourceId: NOWHERE }, entity: id };
  },
  importDueFactChecks: async (world) => {
    await addFactCheckSource(world.system, { url: `${world.importUrl}?${randomUUID()}`, everyHours: 24 });
    return { input: undefined, entity: (result) => (result as { source: { id: string } }[]).map((read) => read.source.id) };
  },
  getRatingScale: async () => ({ input: undefined }),
  saveRatingScale: async (world) => {
    const scale = await getRatingScale(world.system);
    const verdicts: { lineageId: string | null; label: string; description: string; colour: string; retired: boolean }[] = scale.verdicts.map(
      ({ lineageId, label, description, colour, retired }) => ({ lineageId, label, description, colour, retired }),
    );
    // A new verdict each time: every allowed call saves a change, so every one makes a version and an audit entry.
    verdicts.push({ lineageId: null, label: `Scenario ${randomUUID().slice(0, 8)}`, description: "", colour: "#4b5563", retired: true });
    return { input: { version: scale.version, verdicts }, entity: scale.scaleId };
  },
  createUser: async () => ({
    input: { email: `new-${randomUUID().slice(0, 8)}@example.test`, displayName: "New Person", role: "reviewer" },
    entity: (result) => (result as { user: { id: string } }).user.id,
  }),
  listUsers: async () => ({ input: undefined }),
  setUserRole: async (world) => {
    const userId = await account(world);
    return { input: { userId, role: "editor" }, missing: { userId: NOWHERE, role: "editor" }, entity: userId };
  },
  changeUserEmail: async (world) => {
    const userId = await account(world);
    const email = `moved-${randomUUID().slice(0, 8)}@example.test`;
    return { input: { userId, email }, missing: { userId: NOWHERE, email }, entity: userId };
  },
  setUserActive: async (world) => {
    const userId = await account(world);
    return { input: { userId, active: false }, missing: { userId: NOWHERE, active: false }, entity: userId };
  },
  resetUserPassword: async (world) => {
    const userId = await account(world);
    return { input: { userId }, missing: { userId: NOWHERE }, entity: userId };
  },
  listOpenClaimsOf: async (world) => {
    await assignedClaim(world);
    return { input: { userId: world.assignedReviewer.id }, missing: { userId: NOWHERE } };
  },
  checkPasswordLink: async (world) => ({ input: { token: (await invited(world)).token } }),
  setPasswordWithLink: async (world) => {
    const { userId, token } = await invited(world);
    const password = "a kettle of quiet herons";
    return { input: { token, password, confirm: password }, entity: userId };
  },
  listAuditLog: async () => ({ input: {} }),
  listAuditFilterOptions: async () => ({ input: undefined }),
  listTwoFactorEnrolments: async () => ({ input: undefined }),
  setTwoFactorRequirement: async () => ({ input: { required: false }, entity: "1" }),
  resetTwoFactor: async (world) => {
    const userId = await account(world);
    await authenticatorFor(userId, true);
    return { input: { userId }, missing: { userId: NOWHERE }, entity: userId };
  },
  listSignInThrottles: async () => ({ input: undefined }),
  liftSignInThrottle: async () => {
    const key = `address:203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;
    const db = await getDb();
    await db.insert(signInThrottles).values({ key, failures: 40, blockedUntil: new Date(Date.now() + 60_000) });
    return { input: { key }, missing: { key: "address:198.51.100.1-gone" }, entity: key };
  },
  exportAuditLog: async () => ({ input: { action: "claim." }, entity: "audit_log" }),
  getNewsroomStatistics: async () => ({ input: { from: "2026-01-01", to: "2026-03-31" } }),

  getStaffCounts: async () => ({ input: undefined }),
  listNotifications: async () => ({ input: {} }),
  listOutboxMessages: async () => ({ input: { show: "open" } }),
  retryOutboxMessage: async () => {
    const db = await getDb();
    const [message] = await db
      .insert(outboxMessages)
      .values({ topic: "mail", dedupeKey: `scenario:${randomUUID()}`, payload: {}, status: "failed", attempts: 8, lastError: "550 mailbox unavailable" })
      .returning({ id: outboxMessages.id });
    return { input: { id: message!.id }, missing: { id: NOWHERE }, entity: message!.id };
  },
  getMailPreferences: async () => ({ input: undefined }),
  setMailPreferences: async () => ({ input: { mailed: ["assigned"] } }),
  unsubscribeFromMail: async (world) => ({ input: { token: unsubscribeToken(await account(world), "assigned") } }),
  sendDueReminders: async () => ({ input: undefined }),
  sendDailyDigests: async () => ({ input: undefined }),
  markNotificationsRead: async (_world, actor) => {
    if (!actor) return { input: { all: true } };
    const db = await getDb();
    const [note] = await db.insert(notifications).values({ userId: actor.id, kind: "due_soon" }).returning({ id: notifications.id });
    return { input: { ids: [note!.id] } };
  },
  searchDesk: async (world) => {
    await assignedClaim(world);
    return { input: { q: "mayor unemployment" } };
  },
  listMyClaims: async () => ({ input: { status: "all" } }),
  listDeskClaims: async (world) => {
    const { articleId } = await assignedClaim(world);
    return { input: { view: "claims", article: articleId } };
  },
  signOutEverywhere: async (_world, actor) => ({ input: undefined, entity: actor?.id }),
  getTwoFactorStatus: async () => ({ input: undefined }),
  startTwoFactorEnrolment: async (_world, actor) => {
    if (actor) {
      await confirmedSession(actor);
      await removeAuthenticator(actor.id);
    }
    return { input: undefined };
  },
  confirmTwoFactorEnrolment: async (_world, actor) => ({
    input: { code: actor ? (await confirmedSession(actor), await authenticatorFor(actor.id, false)) : "123456" },
    entity: actor?.id,
  }),
  disableTwoFactor: async (_world, actor) => {
    if (actor) {
      await confirmedSession(actor);
      await authenticatorFor(actor.id, true);
    }
    return { input: undefined, entity: actor?.id };
  },
  replaceRecoveryCodes: async (_world, actor) => {
    if (actor) {
      await confirmedSession(actor);
      await authenticatorFor(actor.id, true);
    }
    return { input: undefined, entity: actor?.id };
  },
  confirmIdentity: async (_world, actor) => {
    if (actor) {
      await confirmedSession(actor);
      await removeAuthenticator(actor.id);
    }
    return { input: { password: TEST_PASSWORD }, entity: actor?.sessionId };
  },
  getAccount: async () => ({ input: undefined }),
  // The same name and password again: the actors stay as other scenarios expect them.
  updateDisplayName: async (_world, actor) => ({ input: { displayName: actor?.displayName ?? "Someone" }, entity: actor?.id }),
  setInterfaceLanguage: async (_world, actor) => ({ input: { interfaceLanguage: "" }, entity: actor?.id }),
  changePassword: async (_world, actor) => {
    if (actor) await confirmedSession(actor);
    return { input: { newPassword: TEST_PASSWORD, confirm: TEST_PASSWORD }, entity: actor?.id };
  },
  endSession: async (_world, actor) => {
    if (!actor?.sessionId) return { input: undefined };
    // The session the actor's request came with.
    const db = await getDb();
    await db.insert(sessions).values({ id: actor.sessionId, userId: actor.id, expiresAt: new Date(Date.now() + 3_600_000) }).onConflictDoNothing();
    return { input: undefined, entity: actor.sessionId };
  },
};
