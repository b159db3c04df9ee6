import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { dataDir, inMemory } from "@/db/dataDir";
import { config } from "@/lib/config";

let processSecret: string | undefined;

/**
 * AUTH_SECRET, or on the embedded database a secret generated once into the data folder, so a fresh
 * machine just works. A production deployment on a Postgres server must set it (all instances share it).
 */
export function getAuthSecret(): string {
  // config() refuses a production Postgres deployment without AUTH_SECRET.
  const configured = config().authSecret;
  if (configured) return configured;
  // An in-memory database (tests) keeps no files: a secret for this process only.
  if (inMemory()) return (processSecret ??= randomBytes(32).toString("base64url"));
  const file = path.join(dataDir(), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}
