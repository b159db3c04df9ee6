// Any origin will do: only whether the parsed address stays on it matters.
const BASE = "http://factdesk.invalid";

/**
 * A same-site path to return to after sign-in, or `fallback`. The value is resolved against the app's origin as a
 * browser would (tabs and newlines dropped, backslashes read as slashes, dot segments removed), and the normalised
 * result must itself be a plain path: "/.//evil.example" normalises to "//evil.example", which a browser reads as
 * another host, so it is refused like "//evil.example" itself.
 */
export function safeNextPath(next: unknown, fallback = "/desk"): string {
  if (typeof next !== "string" || !next.startsWith("/")) return fallback;
  const path = normalisedPath(next);
  if (path === null || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  // What a browser does with the answer's Location header: it must land on the same origin, at the same path.
  return normalisedPath(path) === path ? path : fallback;
}

function normalisedPath(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : null;
}
