import { getDb, getDriver } from "@/db/client";
import { systemContext } from "@/lib/core/context";
import { logger } from "@/lib/core/log";
import { DEMO_ACCOUNTS, isDemoMode } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";
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
