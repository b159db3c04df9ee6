import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { closeDb, getDb } from "@/db/client";

// Two processes must never open one embedded database folder: the second is refused with a clear message.
describe.runIf(!process.env.TEST_DATABASE_URL)("the embedded database's lock file", () => {
  const saved = process.env.FACTDESK_DATA_DIR;
  let dir = "";

  afterEach(async () => {
    await closeDb();
    if (saved === undefined) delete process.env.FACTDESK_DATA_DIR;
    else process.env.FACTDESK_DATA_DIR = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // The same folder, once opened, is its owner's alone: PGlite writes its files readable and writable by everyone
  // (0666), so only a private folder keeps other local users out; a folder made before (0755) is closed too.
  test("refuses to open a folder another live process holds, takes over one left by a dead process, and keeps it private", async () => {
    await closeDb();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-lock-"));
    process.env.FACTDESK_DATA_DIR = dir;
    const lockFile = path.join(dir, "pglite.lock");
    fs.mkdirSync(path.join(dir, "pglite"), { mode: 0o755 });
    fs.chmodSync(path.join(dir, "pglite"), 0o755);

    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(lockFile, String(other.pid));
      await expect(getDb()).rejects.toThrow(`open in another process (pid ${other.pid})`);
    } finally {
      other.kill();
    }
    await new Promise((resolve) => other.once("exit", resolve));

    // The holder is gone: its stale lock no longer blocks.
    fs.writeFileSync(lockFile, String(other.pid));
    await expect(getDb()).resolves.toBeDefined();
    expect(fs.readFileSync(lockFile, "utf8")).toBe(String(process.pid));
    if (process.platform !== "win32") expect(fs.statSync(path.join(dir, "pglite")).mode & 0o777).toBe(0o700);
    await closeDb();
    expect(fs.existsSync(lockFile)).toBe(false);
    // A new database is made and migrated in the folder: seconds alone, half a minute beside the browser tests.
  }, 120_000);
});
