/**
 * A fingerprint of the claims a publish would include (their ids and versions), so publishing can refuse when
 * they changed after the editor looked. Order does not matter; any change of the set or a version changes it.
 */
export function publishStamp(claims: { id: string; version: number }[]): string {
  const key = claims
    .map((c) => `${c.id}:${c.version}`)
    .sort()
    .join(",");
  return `${claims.length}-${hash53(key).toString(36)}`;
}

// cyrb53 (public domain): a fast 53-bit string hash. Not for secrets; it only tells two claim sets apart.
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
