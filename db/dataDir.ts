import path from "node:path";
import { config } from "@/lib/config";

/** The folder for local state (embedded database, generated secret): FACTDESK_DATA_DIR or ./data. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ config().dataDir);
}

/** True when the embedded database should live in memory only (tests): FACTDESK_DATA_DIR=memory://. */
export function inMemory(): boolean {
  return config().dataDir === "memory://";
}
