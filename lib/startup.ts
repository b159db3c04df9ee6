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

type Job = { failure: string; run: () => Promise<void> };

/**
 * Runs the jobs one after another every `everyMs`, each failure logged apart (one job failing never stops the next);
 * a turn still going when the next is due makes that one skip, not stack. Once per process (`key`); the timer does not
 * keep the process alive. Returns a function that stops it.
 */
function repeat(key: symbol, everyMs: number, jobs: Job[], when: () => boolean = () => true): () => void {
  const holder = globalThis as { [key: symbol]: (() => void) | undefined };
  const started = holder[key];
  if (started) return started;
  let running = false;
  const turn = async () => {
    if (running || !when()) return;
    running = true;
    for (const job of jobs) {
      try {
        await job.run();
      } catch (error) {
        logFailure(job.failure, error);
      }
    }
    running = false;
  };
  const timer = setInterval(() => void turn(), everyMs);
  timer.unref();
  const stop = () => {
    clearInterval(timer);
    delete holder[key];
  };
  holder[key] = stop;
  return stop;
}

/**
 * Starts the schedule: every minute, importDueFactChecks reads the fact-check sources that are due, sendDueReminders
 * reminds reviewers of claims due tomorrow or overdue, and sendDailyDigests queues the daily digests once their hour
 * has come. Which instance reads which source is decided in the database, and each reminder and digest is made once
 * whoever makes it, so every instance runs this.
 */
export function startSourceSchedule(everyMs = 60_000): () => void {
  const system = async () => systemContext(await getDb());
  return repeat(Symbol.for("factdesk.sourceSchedule"), everyMs, [
    { failure: "reading the fact-check sources that are due failed", run: async () => void (await importDueFactChecks(await system(), undefined)) },
    { failure: "sending the due reminders failed", run: async () => void (await sendDueReminders(await system(), undefined)) },
    { failure: "queueing the daily digests failed", run: async () => void (await sendDailyDigests(await system(), undefined)) },
  ]);
}

/**
 * Starts the outbox's worker (lib/services/outbox/outboxWorker.ts): every few seconds it delivers the side effects
 * verbs wrote (mail, shared-cache purges). Every instance runs it; each message is taken by one. Without mail and
 * without a shared cache to purge there is nothing to deliver, and no query is made.
 */
export function startOutboxWorker(everyMs = 5_000): () => void {
  const deliver = async () => {
    const run = await deliverDueMessages(await getDb());
    if (run.taken) logger().info({ outbox: run }, "outbox delivered");
  };
  return repeat(Symbol.for("factdesk.outboxWorker"), everyMs, [{ failure: "delivering the outbox failed", run: deliver }], () => mailEnabled() || config().purgeUrls.length > 0);
}
