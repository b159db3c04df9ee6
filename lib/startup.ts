import { getDb, getDriver } from "@/db/client";
import { logger } from "@/lib/core/log";
import { DEMO_ACCOUNTS, isDemoMode } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";

/** Runs once when the server starts: opens and migrates the database, and seeds the demo newsroom if asked. */
export async function startFactdesk(): Promise<void> {
  await getDb();
  const driver = await getDriver();
  logger().info({ driver }, `database ready (${driver === "pglite" ? "embedded PGlite" : "Postgres server"})`);
  if (!isDemoMode()) return;
  const seeded = await seedDemoNewsroom();
  if (seeded) logger().info("demo newsroom created");
  // The demo password is public (README, sign-in page) but stays out of the logs, which a log check greps for it.
  logger().info(`demo mode: sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} with the demo password shown on the sign-in page`);
}
