/** A same-site path to return to after sign-in; anything else (absolute or protocol-relative URLs) goes to the desk. */
export function safeNextPath(next: unknown, fallback = "/desk"): string {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
