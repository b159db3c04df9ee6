import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { READER_QUERY_PARAMETERS } from "@/lib/web/publicCache";

// deploy/varnish/default.vcl normalises query strings by the same rules as the reader cache (lib/web/publicCache.ts):
// a parameter one of them keeps and the other drops would make entries the other never purges or fills.

const vcl = fs.readFileSync(path.resolve(import.meta.dirname, "../../deploy/varnish/default.vcl"), "utf8");
const rules = [...vcl.matchAll(/if \(req\.url ~ "(\^\/[^"]*)"\) \{\s*set req\.url = regsuball\(req\.url, "\(\[\?&\]\)\(\?!\(\?:([\w|]+)\)/g)].map(([, pattern, names]) => ({
  pattern: new RegExp(pattern!),
  names: names!.split("|"),
}));

const SAMPLES = ["/", "/corrections", "/search", "/articles/a-b/versions/compare", "/api/v1/articles", "/api/v1/articles/a-b", "/api/v1/claim-reviews", "/api/oembed"];

describe("the shipped Varnish configuration", () => {
  test("keeps the same query parameters for the same paths as the reader cache, in the same order", () => {
    expect(rules.map((rule) => rule.names)).toEqual(READER_QUERY_PARAMETERS.map((rule) => [...rule.names]));
    for (const sample of SAMPLES) {
      const ours = READER_QUERY_PARAMETERS.findIndex((rule) => rule.path.test(sample));
      const varnish = rules.findIndex((rule) => rule.pattern.test(`${sample}?x=1`));
      expect(varnish, sample).toBe(ours);
      expect(ours, sample).toBeGreaterThanOrEqual(0);
    }
    for (const other of ["/articles/a-b", "/articles/a-b/versions", "/feed.xml", "/embed/claims/1"]) {
      expect(READER_QUERY_PARAMETERS.some((rule) => rule.path.test(other)), other).toBe(false);
      expect(rules.some((rule) => rule.pattern.test(`${other}?x=1`)), other).toBe(false);
    }
  });

  test("hands the backend every address that is never kept with its query string whole", () => {
    const passed = new RegExp(/if \(req\.url ~ "([^"]+)"\) \{\s*return \(pass\);/.exec(vcl)![1]!);
    // A mail's unsubscribe link carries its token in the query: stripped, the page's button unsubscribes nobody.
    for (const url of ["/mail/unsubscribe?token=1.assigned.x", "/login?next=%2Fdesk", "/set-password/abc", "/desk/search?q=x"]) {
      expect(passed.test(url), url).toBe(true);
    }
    for (const url of ["/", "/search?q=x", "/articles/a-b", "/mailbox", "/embed/claims/1"]) expect(passed.test(url), url).toBe(false);
  });

  test("never looks up staff pages, sign-in or a session, and purges only from its ACL, by xkey", () => {
    expect(vcl).toMatch(/\^\/\(desk\|admin\|login\|set-password\|mail\|api\/auth\|/);
    expect(vcl).toContain('authjs\\.session-token');
    expect(vcl).toMatch(/client\.ip !~ purgers/);
    expect(vcl).toContain("xkey.purge(req.http.xkey-purge)");
  });

  test("keeps an answer per scheme, as the app tells http and https apart", () => {
    // A page cached for a client's own X-Forwarded-Proto: https (HSTS, upgrade-insecure-requests) must not reach
    // readers of a plain-http site: the scheme is part of the key, before the URL and host Varnish adds itself.
    const hash = /sub vcl_hash \{([^}]*)\}/.exec(vcl)?.[1] ?? "";
    expect(hash).toMatch(/hash_data\(req\.http\.X-Forwarded-Proto\);/);
    expect(hash).not.toMatch(/return\s*\(lookup\)/);
    // Only two values reach the key: any other a client sends would make a new copy of every page for each.
    expect(vcl).toMatch(/if \(req\.http\.X-Forwarded-Proto ~ "\(\?i\)\^https\$"\) \{\s*set req\.http\.X-Forwarded-Proto = "https";\s*\} else \{\s*unset req\.http\.X-Forwarded-Proto;/);
  });
});
