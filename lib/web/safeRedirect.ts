// Any origin will do: only whether the parsed address stays on it matters.
const BASE = "http://factdesk.invalid";

/**
 * A same-site path to return to after sign-in, or `fallback`. The value is parsed as a browser would parse it
 * (tabs and newlines dropped, backslashes read as slashes), so "/\t/evil.example" cannot become "//evil.example".
 */
export function safeNextPath(next: unknown, fallback = "/desk"): string {
  if (typeof next !== "string" || !next.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
