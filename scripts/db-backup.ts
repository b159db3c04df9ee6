// `npm run db:backup -- --out FILE`: writes everything in the configured database (DATABASE_URL, else the embedded
// one in FACTDESK_DATA_DIR) to one gzipped file, from one snapshot, while the app may keep serving. The embedded
// database is one process's alone: when a running Factdesk server holds it, the server is asked for the backup
// (app/api/operations/backup, with the operator's token), found through the note it keeps in the data folder
// (db/runningServer.ts); `--url http://127.0.0.1:PORT` names the server to ask instead.
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupWriter, saveBackupStream, seconds } from "@/db/backupFile";
import { closeDb, DatabaseFolderInUseError, getDb, getDriver } from "@/db/client";
import { dataDir } from "@/db/dataDir";
import { describeRows, dumpDatabase } from "@/db/logicalDump";
import { runningServerUrl } from "@/db/runningServer";
import { operatorToken } from "@/lib/auth/operatorToken";

const { values } = parseArgs({ options: { out: { type: "string", short: "o" }, url: { type: "string" } } });
const out = values.out ?? `factdesk-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.jsonl.gz`;

const started = performance.now();
try {
  const server = values.url ?? (await serverHoldingTheDatabase());
  if (server) {
    const { header, bytes } = await saveBackupStream(await askServer(server), out);
    console.log(`Backed up ${describeRows(header.tables)} to ${out} (${megabytes(bytes)}) in ${seconds(started)} s, through the running server at ${server}.`);
  } else {
    const writer = backupWriter(out);
    try {
      const header = await dumpDatabase(await getDb(), await getDriver(), (line) => writer.write(line));
      const bytes = await writer.finish();
      console.log(`Backed up ${describeRows(header.tables)} to ${out} (${megabytes(bytes)}) in ${seconds(started)} s.`);
    } catch (error) {
      writer.abandon();
      throw error;
    }
  }
} catch (error) {
  console.error(`db:backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The running server that holds the embedded database, when one does (else null, and the database is open here). */
async function serverHoldingTheDatabase(): Promise<string | null> {
  try {
    await getDb();
    return null;
  } catch (error) {
    if (!(error instanceof DatabaseFolderInUseError)) throw error;
    const url = runningServerUrl(dataDir(), error.pid);
    if (!url) {
      throw new Error(
        `${error.message} It is not a Factdesk server that noted where it listens (${path.join(dataDir(), "server.json")}); ` +
          "stop it and run this again, or name the server with --url http://127.0.0.1:PORT.",
      );
    }
    return url;
  }
}

/** The server's answer to the backup request (gzipped bytes), or an error saying what went wrong. */
function askServer(server: string): Promise<http.IncomingMessage> {
  const url = new URL("/api/operations/backup", server);
  return new Promise((resolve, reject) => {
    // No timeout: a large database takes as long as it takes, and the server answers only once its snapshot is read.
    const request = http.get(url, { headers: { Authorization: `Bearer ${operatorToken()}` } }, (response) => {
      if (response.statusCode === 200) return resolve(response);
      response.resume();
      reject(
        new Error(
          response.statusCode === 403
            ? `The server at ${server} refused the backup: run this with the server's own AUTH_SECRET and FACTDESK_DATA_DIR.`
            : `The server at ${server} could not make the backup (HTTP ${response.statusCode}); its log says why.`,
        ),
      );
    });
    request.on("error", (error) => reject(new Error(`Could not reach the server at ${server} (${error.message}).`)));
  });
}
