import { readFileSync } from "node:fs";

/**
 * The UPDATE statements of a committed migration (`db/migrations/<name>.sql`), comments left out: its data part, which
 * tests run on rows made as they were before it (its columns already exist in the test database).
 */
export function migrationUpdates(name: string): string[] {
  return readFileSync(new URL(`../../db/migrations/${name}.sql`, import.meta.url), "utf8")
    .split("--> statement-breakpoint")
    .map((part) =>
      part
        .split("\n")
        .filter((line) => !line.startsWith("--"))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement.startsWith("UPDATE"));
}
