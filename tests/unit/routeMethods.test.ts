import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { allowedMethods, PAGE_METHODS, ROUTE_METHODS } from "@/lib/web/routeMethods.mjs";

// The server's 405 names in Allow what each path answers (lib/web/routeMethods.mjs): its table must say exactly what
// the route files export, or a new route (or a new method on one) would be refused by the server before Next.js.

const root = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH"];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

/** The path a route file answers: route groups dropped, `[name]` one segment, `[...name]` the rest. */
function routePath(file: string): string {
  const segments = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.map((s) => (s.startsWith("[...") ? "*" : s.startsWith("[") ? `:${s.slice(1, -1)}` : s)).join("/")}`;
}

/** The HTTP methods a route file exports: functions, constants, or names taken from an object. */
function exportedMethods(source: string): string[] {
  const names = [
    ...[...source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)/g)].map((m) => m[1]!),
    ...[...source.matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1]!),
    ...[...source.matchAll(/export\s+const\s+\{([^}]*)\}\s*=/g)].flatMap((m) => m[1]!.split(",").map((name) => name.trim())),
  ];
  return names.filter((name) => METHODS.includes(name));
}

/** What a route handler answers: its exports, HEAD with GET, and OPTIONS (Next.js's own if the file has none). */
function answered(exported: string[]): string[] {
  return [...new Set([...exported, ...(exported.includes("GET") ? ["HEAD"] : []), "OPTIONS"])].sort();
}

describe("the methods each path answers", () => {
  test("every route handler's entry is what its file exports, and every entry has its file", () => {
    const routes = files(path.join(root, "app")).filter((file) => path.basename(file) === "route.ts");
    expect(routes.length).toBeGreaterThan(5);
    const fromFiles = new Map(routes.map((file) => [routePath(file), answered(exportedMethods(fs.readFileSync(file, "utf8")))]));
    // Metadata routes: the sitemap (a GET route Next.js makes of app/sitemap.ts) and the files served as they are.
    fromFiles.set("/sitemap.xml", answered(["GET"]));
    for (const file of fs.readdirSync(path.join(root, "app")).filter((name) => /^icon\./.test(name))) fromFiles.set(`/${file}`, ["GET", "HEAD"]);
    const publicFolder = path.join(root, "public");
    for (const file of fs.existsSync(publicFolder) ? fs.readdirSync(publicFolder) : []) fromFiles.set(`/${file}`, ["GET", "HEAD"]);
    fromFiles.set("/_next/*", ["GET", "HEAD"]);
    // The desk's live event streams, which the server writes itself (server/liveEvents.ts).
    fromFiles.set("/api/desk/events", ["GET"]);

    const table = new Map(ROUTE_METHODS.map(([pattern, methods]) => [pattern, [...methods].sort()]));
    expect(table).toEqual(fromFiles);
  });

  test("paths find their entry: one segment for a name, the rest for a catch-all; anything else is a page", () => {
    expect(allowedMethods("/api/v1/articles/a-slug")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/articles/")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/auth/callback/credentials")).toContain("POST");
    expect(allowedMethods("/_next/static/chunks/app.js")).toEqual(["GET", "HEAD"]);
    expect(allowedMethods("/api/v1/articles/a/b")).toBe(PAGE_METHODS);
    expect(allowedMethods("/articles/a-slug")).toBe(PAGE_METHODS);
    expect(allowedMethods("/")).toBe(PAGE_METHODS);
  });
});
