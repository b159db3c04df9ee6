import { getDb, getDriver } from "@/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDemoMode } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";

/** Runs once when the server starts: opens and migrates the database, and seeds the demo newsroom if asked. */
export async function startFactdesk(): Promise<void> {
  await getDb();
  const driver = await getDriver();
  console.info(`factdesk: database ready (${driver === "pglite" ? "embedded PGlite" : "Postgres server"})`);
  if (!isDemoMode()) return;
  const seeded = await seedDemoNewsroom();
  if (seeded) console.info("factdesk: demo newsroom created");
  console.info(
    `factdesk: demo mode. Sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")} with password "${DEMO_PASSWORD}"`,
  );
}
