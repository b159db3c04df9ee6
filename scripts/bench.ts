// `npm run bench [-- --http] [-- --no-lighthouse]`: every benchmark, printed as figures against their budgets.
// --http adds the workspace, desk and "My claims" pages timed over HTTP from the production server (builds it if needed).
// The readers' pages are always measured over HTTP (throughput against a static file, with autocannon).
import { benchAuditExport } from "./bench/auditExport";
import { benchDesk } from "./bench/desk";
import { benchEdge } from "./bench/edge";
import { benchMatcher } from "./bench/matcher";
import { benchMatches } from "./bench/matches";
import { benchPublicPages } from "./bench/publicPages";
import { benchReanchor } from "./bench/reanchor";
import { benchSearch } from "./bench/search";
import { benchSplitColdStart } from "./bench/splitColdStart";
import { benchSplitScore } from "./bench/splitScore";
import { benchStatistics } from "./bench/statistics";
import { benchWorkspace } from "./bench/workspace";

const http = process.argv.includes("--http");
const sections: [string, () => Promise<string[]>][] = [
  ["Sentence splitting and check-worthiness scoring", benchSplitScore],
  ["`npm run split` cold start (whole process)", () => benchSplitColdStart()],
  ["Re-anchoring claims after a revision", benchReanchor],
  ["Claim workspace", () => benchWorkspace({ http })],
  ["Desk search", benchSearch],
  ["Claim matcher (checked before?)", benchMatcher],
  ["Editor's desk and reviewer's queue", () => benchDesk({ http })],
  ["Checked before? (the CLEF 2020 archive in the running app)", benchMatches],
  ["Newsroom statistics", benchStatistics],
  ["Audit log CSV export (1,000,000 entries, Postgres)", benchAuditExport],
  ["Readers' pages and API (production server, autocannon)", benchPublicPages],
  ["Readers at the edge (behind the shipped Varnish configuration, Postgres)", () => benchEdge({ lighthouse: !process.argv.includes("--no-lighthouse") })],
];

for (const [title, run] of sections) {
  console.log(`\n## ${title}`);
  for (const line of await run()) console.log(line);
}
