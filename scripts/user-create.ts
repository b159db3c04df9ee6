// `npm run user:create -- --email you@newsroom.org --role admin [--name "Your Name"]`
// Creates an account (the first admin, typically) and prints its one-time password.
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { systemContext } from "@/lib/core/context";
import { toServiceError } from "@/lib/core/databaseErrors";
import { ServiceError } from "@/lib/core/errors";
import { createUser } from "@/lib/services/users/createUser";
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
    const { user, password } = await createUser(systemContext(await getDb()), {
      email: values.email,
      role: values.role as Role,
      displayName: values.name ?? values.email.split("@")[0]!,
    });
    console.log(`Created ${user.role} ${user.email}.`);
    console.log(`One-time password: ${password}`);
    console.log("Sign in with it at /login. It is not stored anywhere in plain text and will not be shown again.");
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
