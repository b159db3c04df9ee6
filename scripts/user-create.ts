// `npm run user:create -- --email you@newsroom.org --role admin [--name "Your Name"]`
// Creates an account (the first admin, typically) and prints its one-time set-password link (valid 24 hours).
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { systemContext } from "@/lib/core/context";
import { toServiceError } from "@/lib/core/databaseErrors";
import { ServiceError } from "@/lib/core/errors";
import { createUser } from "@/lib/services/users/createUser";
import { setPasswordUrl } from "@/lib/web/setPasswordUrl";
import type { Role } from "@/db/schema";

const USAGE = 'Usage: npm run user:create -- --email you@newsroom.org --role admin|editor|reviewer [--name "Your Name"]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.email || !values.role) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { user, link } = await createUser(systemContext(await getDb()), {
      email: values.email,
      role: values.role as Role,
      displayName: values.name ?? values.email.split("@")[0]!,
    });
    console.log(`Created ${user.role} ${user.email}.`);
    console.log(`Set-password link (one use, valid until ${link!.expiresAt.toISOString()}):`);
    console.log(setPasswordUrl(link!.token));
    console.log("Open it to choose a password, then sign in at /login. The link is kept nowhere in plain text and will not be shown again.");
    return 0;
  } catch (thrown) {
    const error = toServiceError(thrown);
    if (error instanceof ServiceError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await closeDb();
  }
}

process.exitCode = await main();
