import { describe, expect, test } from "vitest";
import { robotsTxt, STAFF_PATHS } from "@/lib/domain/robotsTxt";

// Two ways crawlers read robots.txt: RFC 9309's (the longest matching rule wins, whatever the order) and the older
// one still in use (Python's urllib.robotparser and others: the first matching rule wins). Both must keep crawlers
// out of staff pages and let them read the rest.

type Rule = { allow: boolean; path: string };

function rulesFor(text: string, agent: string): Rule[] {
  const rules: Rule[] = [];
  let applies = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    const [field, ...rest] = line.split(":");
    const value = rest.join(":").trim();
    const name = field?.trim().toLowerCase();
    if (name === "user-agent") applies = value === "*" || value.toLowerCase() === agent;
    else if (applies && (name === "allow" || name === "disallow")) rules.push({ allow: name === "allow", path: value });
  }
  return rules;
}

function firstMatchAllows(text: string, path: string): boolean {
  return rulesFor(text, "anybot").find((rule) => rule.path && path.startsWith(rule.path))?.allow ?? true;
}

function longestMatchAllows(text: string, path: string): boolean {
  const matching = rulesFor(text, "anybot").filter((rule) => rule.path && path.startsWith(rule.path));
  const longest = matching.sort((a, b) => b.path.length - a.path.length || Number(b.allow) - Number(a.allow))[0];
  return longest?.allow ?? true;
}

describe("robots.txt", () => {
  const text = robotsTxt("https://factcheck.example.org");
  const staff = ["/desk", "/desk/articles/1", "/admin/users", "/login", "/set-password/abc", "/api/auth/session"];
  const readers = ["/", "/articles/some-slug", "/corrections", "/feed.xml", "/api/v1/articles", "/embed/claims/x"];

  test("keeps first-match readers out of staff pages and lets them read the rest", () => {
    for (const path of staff) expect(firstMatchAllows(text, path), path).toBe(false);
    for (const path of readers) expect(firstMatchAllows(text, path), path).toBe(true);
  });

  test("says the same to RFC 9309 (longest-match) readers", () => {
    for (const path of staff) expect(longestMatchAllows(text, path), path).toBe(false);
    for (const path of readers) expect(longestMatchAllows(text, path), path).toBe(true);
  });

  test("names the sitemap by its absolute address", () => {
    expect(text.split("\n")).toContain("Sitemap: https://factcheck.example.org/sitemap.xml");
    for (const path of STAFF_PATHS) expect(text).toContain(`Disallow: ${path}\n`);
  });
});
