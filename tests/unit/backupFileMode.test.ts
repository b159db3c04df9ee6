import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, expect, test } from "vitest";
import { backupWriter, saveBackupStream } from "@/db/backupFile";

// A backup holds password hashes and every draft: it is its owner's alone (0600), whatever was left under its name.

let folder: string;
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

test("a backup written over a half-written one left readable by all is its owner's alone", async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-"));
  const target = path.join(folder, "newsroom.jsonl.gz");
  fs.writeFileSync(`${target}.partial`, "left over", { mode: 0o666 });
  fs.chmodSync(`${target}.partial`, 0o666);
  const writer = backupWriter(target);
  await writer.write("{}");
  await writer.finish();
  expect(fs.statSync(target).mode & 0o777).toBe(0o600);
});

test("a link planted under the half-written name is not written through", async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "factdesk-backup-"));
  const target = path.join(folder, "newsroom.jsonl.gz");
  const elsewhere = path.join(folder, "elsewhere");
  fs.writeFileSync(elsewhere, "untouched", { mode: 0o644 });
  fs.symlinkSync(elsewhere, `${target}.partial`);
  // Not a whole backup: refused, but only after it was written to its own new file.
  await expect(saveBackupStream(Readable.from([Buffer.from("not a backup")]), target)).rejects.toThrow();
  expect(fs.readFileSync(elsewhere, "utf8")).toBe("untouched");
  expect(fs.statSync(elsewhere).mode & 0o777).toBe(0o644);
});
