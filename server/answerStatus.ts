import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestState } from "../lib/core/requestState";
import type { HeadDecision } from "./streamTaps";

// The status an answer goes out with, when it is not the one Next.js writes. A page that chose its status
// (answerWithStatus in lib/core/requestState.ts: 410 for a retracted article) answers with it. A request that found
// the database unreachable answers 503, not 500: a browser asking for a page gets a plain page that needs no script
// to say so; the app's own requests (navigations, actions) keep Next.js's answer, whose error boundary says the same.

/** Decides the head of `req`'s answer from the status Next.js writes (see tapResponse in server/streamTaps.ts). */
export function answerStatus(req: IncomingMessage, state: RequestState): (status: number, res: ServerResponse) => HeadDecision {
  const appRequest = Boolean(req.headers["rsc"] || req.headers["next-action"]);
  return (status, res) => {
    if (state.status && status === 200) status = state.status;
    if (!state.databaseUnavailable || status < 500) return status;
    res.setHeader("Retry-After", "30");
    res.setHeader("Cache-Control", "no-store");
    if (appRequest) return 503;
    for (const name of ["Content-Length", "Content-Encoding", "Link", "Vary", "ETag"]) res.removeHeader(name);
    return { replace: { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" }, body: DATABASE_DOWN_PAGE } };
  };
}

const DATABASE_DOWN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Database unavailable · Factdesk</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #1c1917">
<main id="main"><h1>We can't reach the database right now</h1>
<p>Nothing you saved is lost. Please try again in a minute.</p>
<p><a href="" style="color: #1e40af">Try again</a></p></main>
</body></html>
`;
