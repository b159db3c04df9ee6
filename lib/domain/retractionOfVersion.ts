/**
 * The retraction that took version `number` down: the first one made at or after it (a retraction withdraws the version
 * readers saw and every one before it), or undefined when none did. Retractions in any order.
 */
export function retractionOfVersion<R extends { version: number; retractedAt: Date }>(retractions: readonly R[], number: number): R | undefined {
  let first: R | undefined;
  for (const r of retractions) if (r.version >= number && (!first || r.retractedAt < first.retractedAt)) first = r;
  return first;
}
