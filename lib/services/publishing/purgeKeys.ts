import { config } from "@/lib/config";
import { logger } from "@/lib/core/log";

// Tells shared caches that answers showing these keys are out of date (lib/domain/surrogateKeys.ts), after the
// change committed (bumpPublicGeneration registers it with the transaction). The purger is chosen by configuration:
// PURGE_URL names Varnish instances running deploy/varnish/default.vcl, each sent `PURGE /` with the keys in an
// `xkey-purge` header (vmod_xkey's hard purge: nothing purged is served stale). Fastly and Cloudflare: docs/deploy.md.
//
// A purge is sent twice: at once, and again PURGE_AGAIN_MS later, past the second in which other instances still
// serve what they kept under the old public generation (server/readerCache.ts) and past edge fetches that were in
// flight during the first purge; either could otherwise refill the edge with the old answer for a day.
// Each is retried a few times; a purge still failing is logged. That is the fast path: bumpPublicGeneration also
// writes the purge to the outbox in the verb's transaction (topic `cache_purge`), which the outbox's worker delivers
// (deliverPurge) and retries with its backoff until every cache took it, so a cache that was down is purged too.

const ATTEMPTS = 3;
const RETRY_MS = [250, 1000];
const PURGE_AGAIN_MS = 2000;
const TIMEOUT_MS = 3000;

/** Purges `keys` from every configured shared cache, now and once more shortly after; resolves when both are done. */
export async function purgeKeys(keys: string[], urls = config().purgeUrls): Promise<void> {
  if (urls.length === 0 || keys.length === 0) return;
  await purgeEverywhere(urls, keys);
  await new Promise((resolve) => setTimeout(resolve, PURGE_AGAIN_MS).unref());
  await purgeEverywhere(urls, keys);
}

/** The outbox's deliverer of a `cache_purge` message: one purge to every configured cache; a failure throws (retried). */
export async function deliverPurge(_db: unknown, message: { payload: Record<string, unknown> }): Promise<{ delivered: true } | { cancelled: string }> {
  const urls = config().purgeUrls;
  const keys = Array.isArray(message.payload.keys) ? message.payload.keys.map(String) : [];
  if (!urls.length || !keys.length) return { cancelled: "No shared cache is configured (PURGE_URL), or nothing to purge." };
  const answers = await Promise.all(
    urls.map((url) => fetch(url, { method: "PURGE", headers: { "xkey-purge": keys.join(" ") }, signal: AbortSignal.timeout(TIMEOUT_MS) })),
  );
  await Promise.all(answers.map((answer) => answer.body?.cancel()));
  const refused = answers.find((answer) => !answer.ok);
  if (refused) throw new Error(`the cache answered ${refused.status}`);
  return { delivered: true };
}

async function purgeEverywhere(urls: string[], keys: string[]): Promise<void> {
  await Promise.all(urls.map((url) => purgeWithRetries(url, keys)));
}

async function purgeWithRetries(url: string, keys: string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await fetch(url, { method: "PURGE", headers: { "xkey-purge": keys.join(" ") }, signal: AbortSignal.timeout(TIMEOUT_MS) });
      await answer.body?.cancel();
      if (answer.ok) return;
      throw new Error(`the cache answered ${answer.status}`);
    } catch (error) {
      if (attempt >= ATTEMPTS) {
        logger().error({ err: error, url, keys }, "purging the shared cache failed: readers may see the old answers until they expire");
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[attempt - 1] ?? 1000).unref());
    }
  }
}
