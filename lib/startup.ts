import { getDb, getDriver } from "@/db/client";
import { config, mailEnabled } from "@/lib/config";
import { systemContext } from "@/lib/core/context";
import { logFailure, logger } from "@/lib/core/log";
import { DEMO_ACCOUNTS, isDemoMode } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";
import { importDueFactChecks } from "@/lib/services/archive/importDueFactChecks";
import { sendDailyDigests } from "@/lib/services/mail/sendDailyDigests";
import { sendDueReminders } from "@/lib/services/notifications/sendDueReminders";
import { deliverDueMessages } from "@/lib/services/outbox/outboxWorker";
import { switchOffDemoAccounts } from "@/lib/services/system/switchOffDemoAccounts";

/**
 * Runs once when the server starts: opens and migrates the database, and seeds the demo newsroom if asked. Outside
 * demo mode, demo accounts left in the database (it was once served in demo mode) are switched off first: their
 * password is published.
 */
export async function startFactdesk(): Promise<void> {
  const db = await getDb();
  const driver = await getDriver();
  logger().info({ driver }, `database ready (${driver === "pglite" ? "embedded PGlite" : "Postgres server"})`);
  if (!isDemoMode()) {
    const switchedOff = await switchOffDemoAccounts(systemContext(db), undefined);
    if (switchedOff.length) {
      logger().warn(
        { accounts: switchedOff },
        `demo accounts switched off (${switchedOff.join(", ")}): this database was served in demo mode, and their password is ` +
          "published. Create your own admin with `npm run user:create -- --email you@newsroom.org --role admin`; for a clean " +
          "start, serve a new database (FACTDESK_DATA_DIR or DATABASE_URL) instead.",
      );
    }
    return;
  }
  const seeded = await seedDemoNewsroom();
  if (seeded) logger().info("demo newsroom created");
  // The demo password is public (README, sign-in page) but stays out of the logs, which a log check greps for it.
  logger().info(`demo mode: sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} with the demo password shown on the sign-in page`);
}

const SCHEDULE = Symbol.for("factdesk.sourceSchedule");
const SCHEDULE_EVERY_MS = 60_000;

/**
 * Starts the schedule: every minute, importDueFactChecks reads the fact-check sources that are due, and
 * sendDueReminders reminds reviewers of claims due tomorrow or overdue. Which instance reads which source is decided
 * in the database, and each reminder is made once whoever makes it, so every instance runs this. Once per process; the
 * timer does not keep the process alive. Returns a function that stops it.
 */
export function startSourceSchedule(everyMs = SCHEDULE_EVERY_MS): () => void {
  const holder = globalThis as { [SCHEDULE]?: () => void };
  if (holder[SCHEDULE]) return holder[SCHEDULE];
  let running = false;
  const turn = async () => {
    // A long read still going: this turn is skipped rather than stacked on it.
    if (running) return;
    running = true;
    try {
      await importDueFactChecks(systemContext(await getDb()), undefined);
    } catch (error) {
      logFailure("reading the fact-check sources that are due failed", error);
    }
    try {
      await sendDueReminders(systemContext(await getDb()), undefined);
      await sendDailyDigests(systemContext(await getDb()), undefined);
    } catch (error) {
      logFailure("sending the due reminders or daily digests failed", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void turn(), everyMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    delete holder[SCHEDULE];
  };
  holder[SCHEDULE] = stop;
  return stop;
}

const OUTBOX = Symbol.for("factdesk.outboxWorker");
const OUTBOX_EVERY_MS = 5_000;

/**
 * Starts the outbox's worker (lib/services/outbox/outboxWorker.ts): every few seconds it delivers the side effects
 * verbs wrote (mail). Every instance runs it; each message is taken by one. Once per process; the timer does not
 * keep the process alive. Returns a function that stops it.
 */
export function startOutboxWorker(everyMs = OUTBOX_EVERY_MS): () => void {
  const holder = globalThis as { [OUTBOX]?: () => void };
  if (holder[OUTBOX]) return holder[OUTBOX];
  let running = false;
  const turn = async () => {
    // Without mail and without a shared cache to purge there is nothing to deliver, and no query to make.
    if (running || (!mailEnabled() && !config().purgeUrls.length)) return;
    running = true;
    try {
      const run = await deliverDueMessages(await getDb());
      if (run.taken) logger().info({ outbox: run }, "outbox delivered");
    } catch (error) {
      logFailure("delivering the outbox failed", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void turn(), everyMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    delete holder[OUTBOX];
  };
  holder[OUTBOX] = stop;
  return stop;
}
