import { randomUUID } from "node:crypto";
import { listenToChannel } from "@/db/client";
import { grantOf } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/core/context";
import { openDatabase } from "@/lib/core/database";
import { logFailure, logger } from "@/lib/core/log";
import { articleReviewerIds } from "../articles/articleAccess";
import { LIVE_CHANNEL, parseLiveEvent, type LiveEvent } from "./liveEventDto";

// One listener per process on the live channel (a connection of its own on Postgres, the embedded database's own
// notifications on PGlite), fanned out to the event streams open in this process: no database connection per viewer.
// Each event goes only to those who may see it, by the desk's own rules (articleAccess.ts): editors and admins every
// article's, a reviewer only the articles they have a claim on, and everyone only their own notifications.
//
// Events get ids of this process (`<boot>-<n>`) and the last RECENT_EVENTS are kept, so a stream that reconnects
// with Last-Event-ID gets what it missed. A reconnect this process cannot resume (another instance's id, a restart,
// too long away, or a lost database connection in between, during which NOTIFYs are lost) is told to `resync`:
// the page reads everything again once.

/** Who a stream is for: what decides which events it gets. */
export type Viewer = Pick<Actor, "id" | "role">;

/** An event as a stream sends it: its id, its name and its data (what the page needs, never content). */
export type Delivery = { id: string; name: "change" | "notification" | "presence" | "resync"; data: Record<string, unknown> };

/** `after`: the last event this stream has had (or was opened after); later ones come from the fan-out. */
type Subscriber = { viewer: Viewer; deliver: (delivery: Delivery) => void; close: () => void; after: number };
type Kept = { seq: number; event: LiveEvent };

const RECENT_EVENTS = 500;
const FEED_KEY = Symbol.for("factdesk.liveFeed");

export class LiveFeed {
  private readonly boot = randomUUID().slice(0, 8);
  private seq = 0;
  private recent: Kept[] = [];
  /** The newest event no longer kept (or lost while not listening): a stream that last had an older one cannot resume. */
  private dropped = 0;
  private readonly subscribers = new Set<Subscriber>();
  private listening: Promise<void> | null = null;
  private everListened = false;
  // Deliveries and replays run one at a time, in the order events arrived, so a stream never gets one twice or out of order.
  private queue: Promise<void> = Promise.resolve();

  /** Streams open in this process. */
  get size(): number {
    return this.subscribers.size;
  }

  /**
   * Adds a stream: `deliver` gets what `viewer` may see from now on, after what it missed since `lastEventId` (or
   * a resync when that cannot be told). Resolves once it is listening; returns how to remove the stream.
   */
  async subscribe(viewer: Viewer, lastEventId: string | null, deliver: Subscriber["deliver"], close: () => void): Promise<() => void> {
    await this.listen();
    const subscriber: Subscriber = { viewer, deliver, close, after: this.seq };
    this.subscribers.add(subscriber);
    if (lastEventId) {
      await this.enqueue(async () => {
        // Runs before the fan-out of any event that arrived since: those up to now are replayed here, not there.
        subscriber.after = this.seq;
        const missed = this.missedSince(lastEventId, subscriber.after);
        if (missed === null) deliver(this.resync());
        else for (const kept of missed) if (await this.visible(kept.event, viewer)) deliver(this.delivery(kept));
      });
    }
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /** Ends every stream (shutting down: the browsers reconnect to another instance, or to this one when it is back). */
  closeAll(): void {
    for (const subscriber of [...this.subscribers]) subscriber.close();
    this.subscribers.clear();
  }

  /** Takes a NOTIFY payload as if the database had sent it (the listener's callback; tests). */
  receive(payload: string): void {
    const event = parseLiveEvent(payload);
    if (!event) return;
    const kept = { seq: ++this.seq, event };
    // Presence is of the moment: a page that reconnects asks who is there anyway, so it is not kept for replays.
    if (event.kind !== "presence") this.recent.push(kept);
    if (this.recent.length > RECENT_EVENTS) this.dropped = this.recent.shift()!.seq;
    void this.enqueue(() => this.fanOut(kept));
  }

  private listen(): Promise<void> {
    if (!this.listening) {
      this.listening = listenToChannel(LIVE_CHANNEL, (payload) => this.receive(payload), () => this.listened()).catch((error: unknown) => {
        this.listening = null; // the next stream tries again
        throw error;
      });
    }
    return this.listening;
  }

  /** Listening (again): after a lost connection, what was sent meanwhile is lost, so every page reads again. */
  private listened(): void {
    if (!this.everListened) {
      this.everListened = true;
      return;
    }
    logger().warn("live events: listening again after a lost database connection; open pages resync");
    this.recent = [];
    this.dropped = ++this.seq; // a gap: no id from before it can be resumed
    void this.enqueue(async () => {
      for (const subscriber of this.subscribers) subscriber.deliver(this.resync());
    });
  }

  private async fanOut(kept: Kept): Promise<void> {
    // The reviewers of the article, read once per event (after its commit) and only when a reviewer is listening.
    let reviewers: Promise<Set<string>> | undefined;
    for (const subscriber of this.subscribers) {
      if (kept.seq <= subscriber.after) continue;
      if (await this.visible(kept.event, subscriber.viewer, () => (reviewers ??= this.reviewersOf(kept.event)))) subscriber.deliver(this.delivery(kept));
    }
  }

  private async visible(event: LiveEvent, viewer: Viewer, reviewers = () => this.reviewersOf(event)): Promise<boolean> {
    if (event.kind === "notification") return event.userId === viewer.id;
    if (event.kind === "presence" && event.userId === viewer.id) return false;
    const grant = grantOf(viewer.role, "article:read");
    if (grant === true) return true;
    if (grant !== "assigned") return false;
    return (await reviewers()).has(viewer.id);
  }

  private async reviewersOf(event: LiveEvent): Promise<Set<string>> {
    if (event.kind === "notification") return new Set();
    try {
      return await articleReviewerIds(await openDatabase(), event.articleId);
    } catch (error) {
      logFailure("live events: could not read an article's reviewers; its event goes to editors only", error);
      return new Set();
    }
  }

  /** The events after `lastEventId`, or null when this process cannot tell (not its id, or no longer kept). */
  private missedSince(lastEventId: string, upTo: number): Kept[] | null {
    const [boot, n] = lastEventId.split("-");
    const seq = Number(n);
    if (boot !== this.boot || !Number.isInteger(seq) || seq < 0 || seq > upTo || seq < this.dropped) return null;
    return this.recent.filter((kept) => kept.seq > seq && kept.seq <= upTo);
  }

  private delivery({ seq, event }: Kept): Delivery {
    const id = `${this.boot}-${seq}`;
    if (event.kind === "notification") return { id, name: "notification", data: {} };
    if (event.kind === "presence") return { id, name: "presence", data: { articleId: event.articleId } };
    const { articleId, claimIds, actorId, actorName } = event;
    return { id, name: "change", data: { articleId, claimIds, actorId, actorName } };
  }

  private resync(): Delivery {
    return { id: `${this.boot}-${this.seq}`, name: "resync", data: {} };
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch((error: unknown) => logFailure("live events: delivery failed", error));
    return run;
  }
}

/** This process's feed (kept on globalThis: one listener however many bundles load this module). */
export function liveFeed(): LiveFeed {
  const holder = globalThis as unknown as Record<symbol, LiveFeed | undefined>;
  if (!holder[FEED_KEY]) {
    const feed = new LiveFeed();
    holder[FEED_KEY] = feed;
    // The server ends the streams when it shuts down (server/lifecycle.ts), or it would wait for them until its timeout.
    (globalThis as Record<symbol, unknown>)[Symbol.for("factdesk.closeLiveStreams")] = () => feed.closeAll();
  }
  return holder[FEED_KEY];
}
