import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { type Db, type Opened, type Queryable, rowsOf } from "./client";
import { lineChannel } from "./lineChannel";

// A backup that does not care which driver made it or which restores it: every table of the database's `public`
// schema (found in the catalog, so a table added by a later migration is included without a list to update), read in
// one REPEATABLE READ snapshot and written as JSON lines. Restoring loads the rows in foreign-key order in one
// transaction after the target's own migrations ran, then sets every sequence where it was. The same stream copies
// the embedded database to a server and back (scripts/db-move.ts).
//
// The file, one JSON value a line (gzipped by the scripts):
//   ["factdesk-backup", {version, createdAt, driver, migrations: {count, last}, tables: {name: rows}}]
//   ["table", {name, columns}]          then one JSON object per row, each column in Postgres's text form
//   ["sequences", [{name, value, called}]]
//   ["end", {tables: {name: rows}}]     so a file cut short is refused instead of half restored

export const DUMP_FORMAT = "factdesk-backup";
export const DUMP_VERSION = 1;

export type MigrationLevel = { count: number; last: number };
export type DumpHeader = {
  version: number;
  createdAt: string;
  driver: string;
  migrations: MigrationLevel;
  tables: Record<string, number>;
};
type TableInfo = { name: string; columns: string[]; jsonColumns: Set<string>; identityAlways: boolean };
type SequenceState = { name: string; value: string; called: boolean };

/** Thrown when a backup cannot be restored here; the message says why and what to do. */
export class DumpError extends Error {}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const FETCH_ROWS = 1000;
const INSERT_BYTES = 2 * 1024 * 1024;
const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/** Session settings that make every value's text form the same on both drivers and whatever the server's defaults. */
async function settle(tx: Queryable): Promise<void> {
  await tx.execute(sql.raw("SET LOCAL TimeZone = 'UTC'"));
  await tx.execute(sql.raw("SET LOCAL DateStyle = 'ISO, YMD'"));
  await tx.execute(sql.raw("SET LOCAL IntervalStyle = 'postgres'"));
  await tx.execute(sql.raw("SET LOCAL extra_float_digits = 1"));
  await tx.execute(sql.raw("SET LOCAL statement_timeout = 0"));
}

/** The tables of the `public` schema in an order where every table comes after those its foreign keys point to. */
export async function listTables(tx: Queryable): Promise<TableInfo[]> {
  const columns = rowsOf<{ table: string; column: string; json: boolean; identity: string }>(
    await tx.execute(
      sql.raw(`SELECT c.relname AS "table", a.attname AS "column", a.atttypid IN ('json'::regtype, 'jsonb'::regtype) AS "json",
                      a.attidentity AS "identity"
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
               WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attgenerated = ''
               ORDER BY c.relname, a.attnum`),
    ),
  );
  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    const table = tables.get(row.table) ?? { name: row.table, columns: [], jsonColumns: new Set(), identityAlways: false };
    table.columns.push(row.column);
    if (row.json) table.jsonColumns.add(row.column);
    if (row.identity === "a") table.identityAlways = true;
    tables.set(row.table, table);
  }
  const edges = rowsOf<{ child: string; parent: string }>(
    await tx.execute(
      sql.raw(`SELECT child.relname AS child, parent.relname AS parent
               FROM pg_constraint f JOIN pg_class child ON child.oid = f.conrelid JOIN pg_class parent ON parent.oid = f.confrelid
               JOIN pg_namespace n ON n.oid = child.relnamespace
               WHERE f.contype = 'f' AND n.nspname = 'public'`),
    ),
  );
  const parents = new Map<string, Set<string>>([...tables.keys()].map((name) => [name, new Set<string>()]));
  for (const { child, parent } of edges) if (child !== parent && tables.has(parent)) parents.get(child)?.add(parent);
  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  while (placed.size < tables.size) {
    const ready = [...tables.keys()].filter((name) => !placed.has(name) && [...parents.get(name)!].every((p) => placed.has(p)));
    if (ready.length === 0) {
      const left = [...tables.keys()].filter((name) => !placed.has(name));
      throw new DumpError(`The tables ${left.join(", ")} refer to each other in a cycle; they cannot be loaded in order.`);
    }
    for (const name of ready.sort()) {
      placed.add(name);
      ordered.push(tables.get(name)!);
    }
  }
  return ordered;
}

/** Which migrations a database has had: how many, and the timestamp of the last (drizzle's own journal). */
export async function migrationLevel(tx: Queryable): Promise<MigrationLevel> {
  const [row] = rowsOf<{ count: string | number; last: string | number | null }>(
    await tx.execute(sql.raw(`SELECT count(*) AS count, max(created_at) AS last FROM drizzle.__drizzle_migrations`)),
  );
  return { count: Number(row?.count ?? 0), last: Number(row?.last ?? 0) };
}

/** Rows in every table. */
export async function rowCounts(tx: Queryable, tables?: TableInfo[]): Promise<Record<string, number>> {
  const list = tables ?? (await listTables(tx));
  if (list.length === 0) return {};
  const rows = rowsOf<{ name: string; rows: string | number }>(
    await tx.execute(sql.raw(list.map((t) => `SELECT '${t.name}' AS name, count(*) AS rows FROM ${q(t.name)}`).join(" UNION ALL "))),
  );
  return Object.fromEntries(list.map((t) => [t.name, Number(rows.find((r) => r.name === t.name)?.rows ?? 0)]));
}

/**
 * An md5 of every row of every table, the same on both drivers for the same data: equal digests mean no row was
 * added, changed or lost. Read in one snapshot.
 */
export async function tableDigests(db: Db): Promise<Record<string, string>> {
  return db.transaction(
    async (tx) => {
      await settle(tx);
      const tables = await listTables(tx);
      const parts = tables.map(
        (t) =>
          `SELECT '${t.name}' AS name, md5(coalesce(string_agg(md5(r::text), '' ORDER BY md5(r::text) COLLATE "C"), '')) AS digest FROM ${q(t.name)} r`,
      );
      const rows = rowsOf<{ name: string; digest: string }>(await tx.execute(sql.raw(parts.join(" UNION ALL "))));
      return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/**
 * Writes the whole database as lines (see the top of this file) to `emit`, from one read-only snapshot, so writes
 * made meanwhile by a serving app are either wholly in it or wholly not.
 */
export async function dumpDatabase(db: Db, driver: string, emit: (line: string) => Promise<void> | void): Promise<DumpHeader> {
  return db.transaction(
    async (tx) => {
      await settle(tx);
      const tables = await listTables(tx);
      const header: DumpHeader = {
        version: DUMP_VERSION,
        createdAt: new Date().toISOString(),
        driver,
        migrations: await migrationLevel(tx),
        tables: await rowCounts(tx, tables),
      };
      await emit(JSON.stringify([DUMP_FORMAT, header]));
      for (const table of tables) {
        await emit(JSON.stringify(["table", { name: table.name, columns: table.columns }]));
        // Postgres's own text form of every value (json kept as json), which its input functions read back exactly.
        const select = table.columns.map((c) => (table.jsonColumns.has(c) ? q(c) : `${q(c)}::text AS ${q(c)}`)).join(", ");
        await tx.execute(sql.raw(`DECLARE factdesk_dump NO SCROLL CURSOR FOR SELECT row_to_json(x)::text AS line FROM (SELECT ${select} FROM ${q(table.name)}) x`));
        for (;;) {
          const rows = rowsOf<{ line: string }>(await tx.execute(sql.raw(`FETCH ${FETCH_ROWS} FROM factdesk_dump`)));
          for (const row of rows) await emit(row.line);
          if (rows.length < FETCH_ROWS) break;
        }
        await tx.execute(sql.raw("CLOSE factdesk_dump"));
      }
      await emit(JSON.stringify(["sequences", await readSequences(tx)]));
      await emit(JSON.stringify(["end", { tables: header.tables }]));
      return header;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

async function readSequences(tx: Queryable): Promise<SequenceState[]> {
  const names = rowsOf<{ name: string }>(
    await tx.execute(
      sql.raw(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE c.relkind = 'S' AND n.nspname = 'public' ORDER BY c.relname`),
    ),
  );
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const [row] = rowsOf<{ value: string | number; called: boolean }>(
      await tx.execute(sql.raw(`SELECT last_value::text AS value, is_called AS called FROM ${q(name)}`)),
    );
    if (row) states.push({ name, value: String(row.value), called: row.called });
  }
  return states;
}

/**
 * Tables a fresh database already has rows in, because a migration inserts them (the public generation's one row).
 * They do not make a database "in use"; found in the migration files so none is named here.
 */
function tablesFilledByMigrations(): Set<string> {
  const filled = new Set<string>();
  try {
    for (const file of fs.readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith(".sql"))) {
      const text = fs.readFileSync(path.join(MIGRATIONS_FOLDER, file), "utf8");
      for (const match of text.matchAll(/INSERT INTO "([^"]+)"\s*\([^)]*\)\s*VALUES/gi)) filled.add(match[1]!);
    }
  } catch {
    // No migration files to read: every row counts.
  }
  return filled;
}

/** Rows the database holds beyond what its migrations put there: empty means nothing would be lost by a restore. */
export async function rowsInUse(tx: Queryable): Promise<Record<string, number>> {
  const counts = await rowCounts(tx);
  const seeded = tablesFilledByMigrations();
  return Object.fromEntries(Object.entries(counts).filter(([name, rows]) => rows > (seeded.has(name) ? 1 : 0)));
}

export type RestoreOptions = {
  /** Replace what the database holds; without it a database in use is refused. */
  force?: boolean;
  /** Told what a forced restore replaces before it does. */
  onReplace?: (rows: Record<string, number>) => void;
};

/**
 * Loads a dump (its lines, in order) into `db`, already migrated, in one transaction: on any failure the database is
 * as it was. Refuses a database holding data unless `force`, a dump from a newer schema, and a dump cut short.
 * Returns the dump's header.
 */
export async function restoreDatabase(db: Db, lines: AsyncIterable<string> | Iterable<string>, options: RestoreOptions = {}): Promise<DumpHeader> {
  return db.transaction(async (tx) => {
    await settle(tx);
    const inUse = await rowsInUse(tx);
    if (Object.keys(inUse).length > 0) {
      if (!options.force) {
        throw new DumpError(
          `This database is not empty (${describeRows(inUse)}). Restore into an empty database, or add --force to replace what it holds.`,
        );
      }
      options.onReplace?.(inUse);
    }
    const tables = new Map((await listTables(tx)).map((t) => [t.name, t]));
    await tx.execute(sql.raw(`TRUNCATE ${[...tables.keys()].map(q).join(", ")} RESTART IDENTITY CASCADE`));
    const level = await migrationLevel(tx);

    let header: DumpHeader | null = null;
    let current: { info: TableInfo; columns: string[]; loaded: number } | null = null;
    let batch: string[] = [];
    let batchBytes = 0;
    let ended = false;
    const loaded: Record<string, number> = {};

    const flush = async () => {
      if (!current || batch.length === 0) return;
      const columns = current.columns.map(q).join(", ");
      const overriding = current.info.identityAlways ? " OVERRIDING SYSTEM VALUE" : "";
      await tx.execute(
        sql`${sql.raw(`INSERT INTO ${q(current.info.name)} (${columns})${overriding} SELECT ${columns} FROM json_populate_recordset(null::${q(current.info.name)}, `)}${`[${batch.join(",")}]`}${sql.raw("::json)")}`,
      );
      current.loaded += batch.length;
      batch = [];
      batchBytes = 0;
    };

    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber += 1;
      if (line === "") continue;
      if (ended) throw new DumpError(`The backup has data after its end (line ${lineNumber}); it is not a Factdesk backup.`);
      if (line.startsWith("{")) {
        if (!current) throw new DumpError(`The backup has a row outside any table (line ${lineNumber}).`);
        batch.push(line);
        batchBytes += line.length;
        if (batch.length >= FETCH_ROWS || batchBytes >= INSERT_BYTES) await flush();
        continue;
      }
      let control: [string, unknown];
      try {
        control = JSON.parse(line) as [string, unknown];
      } catch {
        throw new DumpError(`Line ${lineNumber} of the backup is damaged; it cannot be restored.`);
      }
      if (!header) {
        if (!Array.isArray(control) || control[0] !== DUMP_FORMAT) throw new DumpError("This file is not a Factdesk backup (made by `npm run db:backup`).");
        header = control[1] as DumpHeader;
        if (header.version !== DUMP_VERSION) throw new DumpError(`This backup is in format ${header.version}; this Factdesk reads format ${DUMP_VERSION}.`);
        if (header.migrations.count > level.count || header.migrations.last > level.last) {
          throw new DumpError(
            "This backup was made by a newer Factdesk (its database schema has migrations this one does not have). Upgrade Factdesk first, then restore.",
          );
        }
        continue;
      }
      await flush();
      if (current) {
        // Checked as each table ends, before a later table's rows fail on the missing ones they point to.
        const expected = header.tables[current.info.name] ?? 0;
        if (current.loaded !== expected) {
          throw new DumpError(`The backup says "${current.info.name}" has ${expected} rows but holds ${current.loaded}; nothing was restored.`);
        }
        loaded[current.info.name] = current.loaded;
      }
      current = null;
      const [kind, body] = control;
      if (kind === "table") {
        const { name, columns } = body as { name: string; columns: string[] };
        const info = tables.get(name);
        if (!info) throw new DumpError(`The backup has a table "${name}" this database does not have; restore it with the Factdesk version that made it.`);
        const unknown = columns.filter((c) => !info.columns.includes(c));
        if (unknown.length) throw new DumpError(`The backup's table "${name}" has columns this database does not have: ${unknown.join(", ")}.`);
        current = { info, columns, loaded: 0 };
      } else if (kind === "sequences") {
        for (const seq of body as SequenceState[]) {
          await tx.execute(sql`SELECT setval(${q(seq.name)}::regclass, ${seq.value}::bigint, ${seq.called})`);
        }
      } else if (kind === "end") {
        ended = true;
      } else {
        throw new DumpError(`Line ${lineNumber} of the backup is of an unknown kind "${kind}".`);
      }
    }
    if (!header) throw new DumpError("The file is empty; it is not a Factdesk backup.");
    if (!ended) throw new DumpError("The backup is cut short (it has no end marker); nothing was restored.");
    for (const [name, rows] of Object.entries(header.tables)) {
      if ((loaded[name] ?? 0) !== rows) throw new DumpError(`The backup says "${name}" has ${rows} rows but holds ${loaded[name] ?? 0}; nothing was restored.`);
    }
    return header;
  });
}

/** "3 users, 12 claims" — for messages that say what a database holds. */
export function describeRows(rows: Record<string, number>): string {
  const parts = Object.entries(rows)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${n.toLocaleString("en")} ${name}`);
  return parts.length ? parts.join(", ") : "no rows";
}

/**
 * Copies one database into another (already migrated) through a dump stream, then compares every table's digest.
 * Returns the dump's header and the tables whose digests differ (none, when the copy is exact).
 */
export async function copyDatabase(from: Opened, to: Opened, options: RestoreOptions = {}): Promise<{ header: DumpHeader; differing: string[] }> {
  const channel = lineChannel();
  const [header] = await Promise.all([
    dumpDatabase(from.db, from.driver, (line) => channel.push(line)).then(
      (h) => {
        channel.end();
        return h;
      },
      (error: unknown) => {
        channel.fail(error);
        throw error;
      },
    ),
    restoreDatabase(to.db, channel.lines(), options).catch((error: unknown) => {
      channel.fail(error);
      throw error;
    }),
  ]);
  const [before, after] = await Promise.all([tableDigests(from.db), tableDigests(to.db)]);
  const differing = Object.keys(before).filter((name) => before[name] !== after[name]);
  return { header, differing };
}
