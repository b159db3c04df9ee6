// The staff at work: each change goes through the app's own server action, as the workspace's forms send it.
import type { ClaimDto } from "../../../lib/services/claims/claimDto";
import { reviewClaim } from "../../../lib/services/claims/reviewClaim";
import { inEnglish } from "../../../lib/core/serviceWords";
import { CHANGED_SINCE as CHANGED_SINCE_WORDS } from "../../../lib/services/publishing/publishArticle";
import type { PublishResult } from "../../../lib/services/publishing/publishedDto";
import type { PublicationPreviewDto } from "../../../lib/services/publishing/publicationPreviewDto";
import { GENERIC_FAILURE } from "../../../lib/web/actionResult";
import { type ClaimState, type Newsroom, type Person, readClaims } from "./newsroom";
import { PUBLISH_PAUSE_MS, THINK_MS } from "./settings";
import { type Tally, tally } from "./traffic";

// The bench reads the answers of an English-speaking desk.
const CHANGED_SINCE = inEnglish(CHANGED_SINCE_WORDS);

/** A change the app acknowledged: the audit action it records, the entity and who made it. */
export type Change = { action: string; entityId: string; actorId: string; version?: number; body?: string };

type Answer<T> = { ok: true; data: T } | { ok: false; error: string; conflict?: string[] };

/** The action's result in a server action's answer (React's flight format: one `id:json` row per line). */
function actionAnswer<T>(text: string): Answer<T> | null {
  for (const line of text.split("\n")) {
    const row = /^[0-9a-f]+:(\{.*)$/.exec(line);
    if (!row?.[1]?.includes('"ok":')) continue;
    try {
      const value = JSON.parse(row[1]) as Answer<T>;
      if (typeof value.ok === "boolean") return value;
    } catch {
      // another row
    }
  }
  return null;
}

/** The desk's staff and what the script knows; each person keeps the claim versions their page last showed them. */
export class Desk {
  readonly changes: Change[] = [];
  readonly tallies = new Map<string, Tally>();
  private readonly seen = new Map<string, Map<string, number>>();
  private sequence = 0;

  constructor(
    private readonly base: string,
    private readonly newsroom: Newsroom,
    private readonly actions: Record<string, string>,
    readonly runId: string,
  ) {}

  next(): number {
    return this.sequence++;
  }

  tally(name: string): Tally {
    let found = this.tallies.get(name);
    if (!found) this.tallies.set(name, (found = tally(name)));
    return found;
  }

  /** The version of a claim this person last saw (their page shows what was current when it last refreshed). */
  versionSeenBy(person: Person, claimId: string): number {
    return this.seen.get(person.id)?.get(claimId) ?? this.newsroom.claims.get(claimId)!.version;
  }

  /** After a change of theirs, the page refreshes: the person sees every claim as the script now knows it. */
  private refreshed(person: Person) {
    this.seen.set(person.id, new Map([...this.newsroom.claims.values()].map((c) => [c.id, c.version])));
  }

  private learn(claim: ClaimState) {
    const known = this.newsroom.claims.get(claim.id);
    if (!known || claim.version > known.version) this.newsroom.claims.set(claim.id, claim);
  }

  /** Calls a server action as the person's browser does; returns its result, or null when there was none. */
  async call<T>(person: Person, kind: string, action: string, articleId: string, input: unknown): Promise<Answer<T> | null> {
    const counted = this.tally(kind);
    const started = performance.now();
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${this.base}/desk/articles/${articleId}`, {
        method: "POST",
        headers: {
          cookie: person.cookie,
          "next-action": this.actions[action]!,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
        },
        body: JSON.stringify([input]),
      });
      status = response.status;
      text = await response.text();
    } catch {
      counted.errors++;
      return null;
    }
    counted.times.push(performance.now() - started);
    counted.codes[status] = (counted.codes[status] ?? 0) + 1;
    if (status !== 200) return null;
    const answer = actionAnswer<T>(text);
    if (!answer) {
      counted.failures++;
      return null;
    }
    if (answer.ok) return answer;
    if (answer.error === GENERIC_FAILURE) counted.failures++;
    else if (answer.conflict || answer.error === CHANGED_SINCE) counted.conflicts++;
    else {
      counted.refusals++;
      counted.refusal ??= answer.error;
    }
    return answer;
  }

  /** A claim change: on success it is recorded as acknowledged; on a conflict the person reloads the claim. */
  async changeClaim(person: Person, kind: string, action: string, audit: string, claimId: string, input: Record<string, unknown>) {
    const claim = this.newsroom.claims.get(claimId)!;
    const answer = await this.call<ClaimDto>(person, kind, action, claim.articleId, { claimId, version: this.versionSeenBy(person, claimId), ...input });
    if (answer?.ok) {
      const dto = answer.data;
      this.learn(dto);
      const highest = this.newsroom.highestAcknowledged.get(dto.id) ?? 0;
      if (dto.version > highest) this.newsroom.highestAcknowledged.set(dto.id, dto.version);
      this.changes.push({ action: audit, entityId: dto.id, actorId: person.id, version: dto.version });
      this.refreshed(person);
    } else if (answer && !answer.ok) {
      // Reload, as the conflict message asks; the script's own read, not part of the load.
      const fresh = (await readClaims([claimId])).get(claimId);
      if (fresh) {
        this.learn(fresh);
        this.seen.get(person.id)?.set(claimId, fresh.version);
      }
    }
  }

  async comment(person: Person, claimId: string) {
    const body = `Load ${this.runId} comment ${this.next()}`;
    const answer = await this.call(person, "comments", "addCommentAction", this.newsroom.claims.get(claimId)!.articleId, { claimId, body });
    if (answer?.ok) this.changes.push({ action: "comment.create", entityId: claimId, actorId: person.id, body });
  }

  /**
   * Signs off up to two claims waiting for it, previews the article's next version and publishes it. A claim changed
   * in between makes the publication a conflict: the editor looks at the preview again and publishes (three tries).
   */
  async publish(person: Person, articleId: string) {
    const waiting = [...this.newsroom.claims.values()].filter((c) => c.articleId === articleId && c.status === "needs_signoff" && c.submittedBy !== person.id);
    for (const claim of waiting.slice(0, 2)) await this.changeClaim(person, "sign-offs", "signOffClaimAction", "claim.sign_off", claim.id, {});
    for (let attempt = 0; attempt < 3; attempt++) {
      const preview = await this.call<PublicationPreviewDto>(person, "publication previews", "previewPublicationAction", articleId, { articleId });
      if (!preview?.ok || preview.data.identical) return;
      const changeNote = `Load ${this.runId} version ${this.next()}`;
      const published = await this.call<PublishResult>(person, "publications", "publishArticleAction", articleId, { ...preview.data.shown, changeNote });
      if (published?.ok) {
        this.changes.push({ action: "article.publish", entityId: articleId, actorId: person.id, version: published.data.number, body: changeNote });
        return;
      }
      if (published?.ok === false && published.error !== CHANGED_SINCE) return;
    }
  }
}

const pick = <T>(items: T[]): T | undefined => items[Math.floor(Math.random() * items.length)];

export async function work(desk: Desk, newsroom: Newsroom, person: Person, until: number) {
  const editors = newsroom.staff.filter((p) => p.duty === "edits");
  const reviewing = newsroom.staff.filter((p) => p.duty === "reviews").map((p) => p.id);
  const all = [...newsroom.claims.keys()];
  let turn = 0;
  while (Date.now() < until) {
    if (turn++ > 0 && person.duty !== "publishes") await new Promise((r) => setTimeout(r, THINK_MS));
    const dice = Math.random();
    if (person.duty === "publishes") {
      await desk.publish(person, newsroom.articleIds[turn % newsroom.articleIds.length]!);
      await new Promise((r) => setTimeout(r, PUBLISH_PAUSE_MS));
    } else if (person.duty === "edits") {
      // Each editor mostly works on claims of their own, now and then on anyone's: that is where saves collide.
      const own = all.filter((_, i) => i % editors.length === editors.indexOf(person));
      const claimId = (dice < 0.35 && Math.random() < 0.2 ? pick(all) : pick(own))!;
      const n = desk.next();
      if (dice < 0.35) {
        await desk.changeClaim(person, "claim edits", "editClaimAction", "claim.edit", claimId, {
          statement: `Load ${desk.runId} statement ${n}`,
          claimant: `Speaker ${n % 7}`,
        });
      } else if (dice < 0.5) {
        // Claims move between reviewers who are working (readers keep theirs, so their pages keep answering).
        const current = newsroom.claims.get(claimId)!.reviewerId;
        const reviewerId = pick(reviewing.filter((id) => id !== current));
        if (reviewerId && current && reviewing.includes(current)) {
          await desk.changeClaim(person, "assignments", "assignReviewerAction", "claim.assign", claimId, { reviewerId });
        }
      } else await desk.comment(person, claimId);
    } else {
      const mine = [...newsroom.claims.values()].filter((c) => c.reviewerId === person.id && c.status !== "dismissed");
      const claim = pick(mine);
      if (!claim) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      if (dice < 0.3) await desk.comment(person, claim.id);
      else {
        const n = desk.next();
        const submit = dice >= 0.75;
        await desk.changeClaim(person, submit ? "reviews sent for sign-off" : "draft reviews", "reviewClaimAction", "claim.review", claim.id, {
          verdictId: newsroom.verdictIds[n % newsroom.verdictIds.length],
          publicExplanation: `Load ${desk.runId} explanation ${n}: see the council's accounts.`,
          sources: [{ title: `Accounts ${n}`, url: `https://example.org/accounts/${n}` }],
          readyForSignoff: submit,
        });
      }
    }
  }
}

/**
 * Before a run (and not part of it), each article's first claim is sent for sign-off by its reviewer, so the
 * publishing editors have something to publish from the start. The script then reads every claim afresh.
 */
export async function readyForPublishing(newsroom: Newsroom) {
  const stored = await readClaims();
  for (const articleId of newsroom.articleIds) {
    const claim = [...stored.values()].find((c) => c.articleId === articleId && c.status !== "needs_signoff" && c.status !== "dismissed");
    const reviewer = newsroom.staff.find((p) => p.id === claim?.reviewerId);
    if (!claim || !reviewer) continue;
    await reviewClaim(reviewer.context, {
      claimId: claim.id,
      version: claim.version,
      verdictId: newsroom.verdictIds[0]!,
      publicExplanation: "Checked against the council's published accounts before the run.",
      sources: [{ title: "Accounts", url: "https://example.org/accounts" }],
      readyForSignoff: true,
    });
  }
  newsroom.claims = await readClaims();
}
