import { acceptOperatorToken } from "@/lib/auth/operatorToken";
import { systemContext } from "@/lib/core/context";
import { openDatabase } from "@/lib/core/database";
import { DatabaseUnavailableError } from "@/lib/core/errors";
import { logFailure, logger } from "@/lib/core/log";
import { backupDatabase } from "@/lib/services/system/backupDatabase";

// Never prerendered, never kept: the public cache keeps only answers that opt in (docs/caching.md), and this one says
// no-store besides.
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * GET with `Authorization: Bearer <operator token>` (lib/auth/operatorToken.ts): the whole database as the gzipped
 * backup file of `npm run db:backup`, which asks here when this server holds the embedded database. Anything else
 * gets a bare 403: no word on what was wrong with the token.
 */
export async function GET(request: Request) {
  const token = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!acceptOperatorToken(token)) return new Response(null, { status: 403, headers: NO_STORE });
  try {
    const backup = await backupDatabase(systemContext(await openDatabase()), undefined);
    logger().info({ bytes: backup.bytes }, "database backed up for the command line");
    return new Response(backup.body, {
      headers: {
        ...NO_STORE,
        "Content-Type": "application/gzip",
        "Content-Length": String(backup.bytes),
        "Content-Disposition": `attachment; filename="${backup.filename}"`,
      },
    });
  } catch (error) {
    logFailure("the backup for the command line failed", error);
    const unavailable = error instanceof DatabaseUnavailableError;
    return new Response(unavailable ? "The database is not answering.\n" : "The backup failed; the server's log says why.\n", {
      status: unavailable ? 503 : 500,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
