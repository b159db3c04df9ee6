// The load run's newsroom: staff with their duties, two published articles, every claim with a reviewer.
import { inArray } from "drizzle-orm";
import postgres from "postgres";
import { getDb } from "../../../db/client";
import { claims } from "../../../db/schema";
import { actorContext, systemContext, type ServiceContext } from "../../../lib/core/context";
import { assignReviewer } from "../../../lib/services/claims/assignReviewer";
import type { ClaimDto } from "../../../lib/services/claims/claimDto";
import { listVerdicts } from "../../../lib/services/ratingScales/listVerdicts";
import { createUser } from "../../../lib/services/users/createUser";
import { publishedArticle } from "../publicPages";
import { DATABASE_URL, PASSWORD, STAFF } from "./settings";

export type Role = "editor" | "reviewer";
/** What a staff member does during a run. */
export type Duty = "reads" | "edits" | "reviews" | "publishes";
export type Person = { id: string; email: string; role: Role; duty: Duty; cookie: string; context: ServiceContext };
/** What the script knows of a claim: the newest version any answer or its own read showed. */
export type ClaimState = Pick<ClaimDto, "id" | "articleId" | "version" | "status" | "reviewerId" | "submittedBy">;
export type Newsroom = {
  slugs: string[];
  articleIds: string[];
  staff: Person[];
  verdictIds: string[];
  claims: Map<string, ClaimState>;
  /** The highest claim version the app acknowledged to any client, over both runs. */
  highestAcknowledged: Map<string, number>;
};

export async function recreateDatabase() {
  const url = new URL(DATABASE_URL);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE "${name}"`);
  await admin.end();
}

/**
 * Staff duties: the first editor or two publish, the other editors and the reviewers are split between reading and
 * changing (at least one editor changes claims). Every claim gets a reviewer.
 */
export async function seed(): Promise<Newsroom> {
  const db = await getDb();
  const system = systemContext(db);
  const staff: Person[] = [];
  const contexts: ServiceContext[] = [];
  const editorCount = Math.ceil(STAFF / 3);
  const publishers = editorCount > 4 ? 2 : 1;
  let editorsSoFar = 0;
  let reviewersSoFar = 0;
  for (let i = 0; i < STAFF; i++) {
    const role: Role = i % 3 === 0 ? "editor" : "reviewer";
    const email = `${role}${i}@load.test`;
    const { user } = await createUser(system, { email, displayName: `${role} ${i}`, role, password: PASSWORD });
    let duty: Duty;
    if (role === "editor") duty = editorsSoFar < publishers ? "publishes" : (editorsSoFar - publishers) % 2 === 0 ? "edits" : "reads";
    else duty = reviewersSoFar % 2 === 0 ? "reviews" : "reads";
    if (role === "editor") editorsSoFar++;
    else reviewersSoFar++;
    const context = actorContext(db, { id: user.id, role: user.role, displayName: user.displayName, email: user.email });
    staff.push({ id: user.id, email, role, duty, cookie: "", context });
    contexts.push(context);
  }
  const [writer, approver] = [contexts[0]!, contexts[3] ?? contexts[0]!];
  const slugs = [
    (await publishedArticle(writer, approver, { title: "Housing claims, checked", characters: 6_500, claims: 12 })).slug,
    (await publishedArticle(writer, approver, { title: "Council budget claims, checked", characters: 20_000, claims: 40 })).slug,
  ];
  const reviewers = staff.filter((p) => p.role === "reviewer");
  const rows = await db.select({ id: claims.id, version: claims.version }).from(claims);
  // Every claim gets a reviewer, so reviewers may review and comment on the claims they are given.
  for (const [i, claim] of rows.entries()) {
    await assignReviewer(writer, { claimId: claim.id, version: claim.version, reviewerId: reviewers[i % reviewers.length]!.id }).catch(() => {});
  }
  const verdictIds = (await listVerdicts(writer)).map((v) => v.id);
  const known = await readClaims();
  return { slugs, articleIds: [...new Set([...known.values()].map((c) => c.articleId))], staff, verdictIds, claims: known, highestAcknowledged: new Map() };
}

/** Every claim as stored now (the script's own read, not part of the load). */
export async function readClaims(ids?: string[]): Promise<Map<string, ClaimState>> {
  const db = await getDb();
  const columns = {
    id: claims.id,
    articleId: claims.articleId,
    version: claims.version,
    status: claims.status,
    reviewerId: claims.reviewerId,
    submittedBy: claims.submittedBy,
  };
  const rows = ids ? await db.select(columns).from(claims).where(inArray(claims.id, ids)) : await db.select(columns).from(claims);
  return new Map(rows.map((row) => [row.id, row]));
}
