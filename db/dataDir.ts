import path from "node:path";

/** The folder for local state (embedded database, generated secret): FACTDESK_DATA_DIR or ./data. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.FACTDESK_DATA_DIR ?? "data");
}

/** True when the embedded database should live in memory only (tests): FACTDESK_DATA_DIR=memory://. */
export function inMemory(): boolean {
  return process.env.FACTDESK_DATA_DIR === "memory://";
}
