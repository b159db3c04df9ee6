// `npm run db:migrate`: applies the committed migrations (the app also does this itself at start).
import { closeDb, getDb, getDriver } from "@/db/client";

await getDb();
console.log(`Migrations applied (${await getDriver()}).`);
await closeDb();
