/**
 * Benchmark: the audit log's CSV export on a log of 1,000,000 entries (Postgres only: the rows are made with
 * generate_series). Streams the export exactly as the route handler does (the verb's chunks through the same
 * ReadableStream) and reads it to the end, printing rows per second and how far the process's resident memory
 * grew above what it was before the export: it must stay flat (pages of 1,000 rows), not grow with the log.
 * Run: BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/<an empty database> npx tsx scripts/bench/auditExport.ts [rows]
 */
import { pathToFileURL } from "node:url";
import { sql } from "drizzle-orm";
import { closeDb, getDb, rowsOf } from "../../db/client";
import { systemContext } from "../../lib/core/context";
import { exportAuditLog } from "../../lib/services/audit/exportAuditLog";
import { createUser } from "../../lib/services/users/createUser";
import { streamOfChunks } from "../../lib/web/textStream";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const BATCH = 100_000;

/** Exports the whole seeded log; returns printable lines. Skipped without a Postgres database to fill. */
export async function benchAuditExport(): Promise<string[]> {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return ["skipped: set BENCH_DATABASE_URL to an empty Postgres database (the 1,000,000 rows are made with generate_series)"];
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    const db = await getDb();
    const system = systemContext(db);
    const people = [];
    for (const [i, name] of ["Ana", "Ben", "Chloé"].entries()) {
      const { user } = await createUser(system, { email: `bench-audit-${i}-${Date.now()}@factdesk.test`, displayName: name, role: "editor", password: "bench-password-123" });
      people.push(user.id);
    }
    const started = performance.now();
    await db.execute(sql`truncate audit_log`);
    // In batches of 100,000, each one statement well inside the server's statement timeout.
    for (let first = 1; first <= ROWS; first += BATCH) {
      const last = Math.min(ROWS, first + BATCH - 1);
      await db.execute(sql`
        insert into audit_log (actor_id, action, entity_type, entity_id, before, after, created_at)
        select (${sql.raw(`array['${people.join("','")}']::uuid[]`)})[1 + g % 3],
               (array['claim.assign', 'claim.review', 'claim.sign_off', 'article.update_details'])[1 + g % 4],
               'claim', gen_random_uuid()::text,
               jsonb_build_object('status', 'in_progress', 'reviewerId', null),
               jsonb_build_object('status', 'needs_signoff', 'reviewerId', ${people[1]}::text, 'note', '=1+1 "quoted", and more'),
               now() - g * interval '1 second'
        from generate_series(${first}::int, ${last}::int) as g`);
    }
    await db.execute(sql`analyze audit_log`);
    const [{ n }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from audit_log`)) as [{ n: number }];
    const lines = [`seeded ${n.toLocaleString("en")} audit entries in ${((performance.now() - started) / 1000).toFixed(1)} s`];

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const exported = await exportAuditLog(system, {});
    const reader = streamOfChunks(exported.chunks()).getReader();
    const begun = performance.now();
    let bytes = 0;
    let newlines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      for (const byte of value) if (byte === 10) newlines += 1;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const seconds = (performance.now() - begun) / 1000;
    const rows = newlines - 1;
    lines.push(
      `exported ${rows.toLocaleString("en")} rows (${(bytes / 1e6).toFixed(0)} MB of CSV) in ${seconds.toFixed(1)} s: ${Math.round(rows / seconds).toLocaleString("en")} rows/s`,
      `resident memory: ${(baseline / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB, growth ${((peak - baseline) / 1e6).toFixed(0)} MB (the CSV itself is ${(bytes / 1e6).toFixed(0)} MB)`,
    );
    // The export's own entry (audit.export) is written before the rows are read, so it is the first row.
    if (rows !== n + 1) lines.push(`MISMATCH: the log held ${n} entries before the export, the export has ${rows} rows`);
    await db.execute(sql`truncate audit_log`);
    return lines;
  } finally {
    await closeDb();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const line of await benchAuditExport()) console.log(line);
}
