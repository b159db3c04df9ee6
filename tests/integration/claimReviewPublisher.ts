import http from "node:http";
import type { AddressInfo } from "node:net";
import { vi } from "vitest";
import { GET as feedGet } from "@/app/(public)/feed.xml/route";
import { GET as claimReviewsGet } from "@/app/api/v1/claim-reviews/route";
import { jsonForScript } from "@/lib/domain/claimReview";
import { createClaim } from "@/lib/services/claims/createClaim";
import { reviewClaim } from "@/lib/services/claims/reviewClaim";
import { signOffClaim } from "@/lib/services/claims/signOffClaim";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { listVerdicts } from "@/lib/services/ratingScales/listVerdicts";
import { claimReviewsOfVersion } from "@/lib/web/publicDocuments";
import { siteUrl } from "@/lib/web/siteUrl";
import { anonymousCtx, makeArticle, makeUser, publishAsShown, publishedVersion, SAMPLE_BODY } from "./factories";

// A Factdesk publishing fact-checks, for import tests: a local web server answering with this test database's real
// public answers (the /api/v1/claim-reviews route, the /feed.xml route, a reader page's ClaimReview JSON-LD) at
// the addresses those answers link to (AUTH_URL is set to the server), plus any page a test serves itself.

export type Served = { type: string; body: string; status?: number };

export type Publisher = {
  site: string;
  /** Pages a test serves itself, by path (with query). */
  pages: Map<string, Served>;
  /** How many times each path (with query) was asked for. */
  requests: Map<string, number>;
  close: () => Promise<void>;
};

/** Starts the server; imports from 127.0.0.1 are allowed while it runs. */
export async function startPublisher(): Promise<Publisher> {
  const pages = new Map<string, Served>();
  const requests = new Map<string, number>();
  let site = "";
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    requests.set(path, (requests.get(path) ?? 0) + 1);
    void answer(`${site}${path}`, pages.get(path)).then(
      ({ type, body, status = 200 }) => {
        res.writeHead(status, { "content-type": type });
        res.end(body);
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  vi.stubEnv("AUTH_URL", site);
  vi.stubEnv("FACTDESK_ALLOW_PRIVATE_IMPORT", "1");
  return {
    site,
    pages,
    requests,
    close: async () => {
      vi.unstubAllEnvs();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function answer(url: string, served: Served | undefined): Promise<Served> {
  if (served) return served;
  const { pathname } = new URL(url);
  if (pathname === "/api/v1/claim-reviews") return fromResponse(await claimReviewsGet(new Request(url)));
  if (pathname === "/feed.xml") return fromResponse(await feedGet(new Request(url)));
  const slug = /^\/articles\/([^/]+)$/.exec(pathname)?.[1];
  if (!slug) return { type: "text/plain", body: "Not found", status: 404 };
  // What the reader page puts in its JSON-LD (lib/web/articleMetadata.ts, claimReviewsForPage).
  const organisation = await getOrganisation(await anonymousCtx());
  const reviews = claimReviewsOfVersion(siteUrl(), organisation, await publishedVersion(decodeURIComponent(slug)));
  const body = `<!doctype html><html><head><title>A fact-check</title><script type="application/ld+json">${jsonForScript(reviews)}</script></head><body><p>Checked.</p></body></html>`;
  return { type: "text/html; charset=utf-8", body };
}

async function fromResponse(response: Response): Promise<Served> {
  return { type: response.headers.get("content-type") ?? "text/plain", body: await response.text(), status: response.status };
}

/** Publishes an article whose three sentences are three signed-off claims; returns its slug. */
export async function publishThreeClaims(): Promise<string> {
  const editor = await makeUser("editor");
  const approver = await makeUser("editor", "approver");
  const article = await makeArticle(editor, `Three claims ${Math.random().toString(36).slice(2, 8)}`);
  const verdicts = await listVerdicts(editor);
  const sentences = SAMPLE_BODY.split("\n");
  for (const [index, sentence] of sentences.entries()) {
    const start = SAMPLE_BODY.indexOf(sentence);
    const claim = await createClaim(editor, { articleId: article.id, start, end: start + sentence.length });
    const reviewed = await reviewClaim(editor, {
      claimId: claim.id,
      version: claim.version,
      verdictId: verdicts[index % verdicts.length]!.id,
      publicExplanation: `Explained ${index + 1}.`,
      sources: [],
      readyForSignoff: true,
    });
    await signOffClaim(approver, { claimId: claim.id, version: reviewed.version });
  }
  await publishAsShown(editor, article.id);
  return article.slug;
}
