// `npm run db:seed`: creates the demo newsroom on an empty database (the app does this itself in demo mode).
import { closeDb } from "@/db/client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";

const seeded = await seedDemoNewsroom();
console.log(
  seeded
    ? `Demo newsroom created. Accounts: ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}; password "${DEMO_PASSWORD}".`
    : "The database already has users; nothing seeded.",
);
await closeDb();
