import fs from "node:fs";
import path from "node:path";

// Which Factdesk server holds an embedded database folder, and where it listens: the server (server/main.ts) writes
// `server.json` beside the folder's lock (pglite.lock) when it starts listening and removes it when it stops, so
// `npm run db:backup` can ask that server for the backup instead of failing on the lock. A file left by a server
// that was killed outright is told apart by its pid: it must be the lock's owner, and alive.

export type RunningServer = { pid: number; port: number; host: string };

const FILE = "server.json";

/** Notes that this process serves the embedded database in `dataDir` on `host:port`. */
export function recordRunningServer(dataDir: string, server: RunningServer): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, FILE), JSON.stringify(server), { mode: 0o644 });
}

/** Removes the note, if it is this process's. */
export function forgetRunningServer(dataDir: string, pid: number): void {
  const file = path.join(dataDir, FILE);
  try {
    if ((JSON.parse(fs.readFileSync(file, "utf8")) as RunningServer).pid === pid) fs.unlinkSync(file);
  } catch {
    // Not there, or not ours.
  }
}

/** The address to ask the server `pid` noted in `dataDir`, or null when no server of that pid noted one. */
export function runningServerUrl(dataDir: string, pid: number): string | null {
  let server: RunningServer;
  try {
    server = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), "utf8")) as RunningServer;
  } catch {
    return null;
  }
  if (server.pid !== pid || !Number.isInteger(server.port)) return null;
  // A server listening on every address is reached on loopback.
  const host = server.host === "0.0.0.0" || server.host === "" ? "127.0.0.1" : server.host === "::" ? "::1" : server.host;
  return `http://${host.includes(":") ? `[${host}]` : host}:${server.port}`;
}
