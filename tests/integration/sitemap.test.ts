import { sql } from "drizzle-orm";
import { expect, test } from "vitest";
import sitemap from "@/app/sitemap";
import { getDb } from "@/db/client";
import { articles, articleVersions } from "@/db/schema";
import { siteUrl } from "@/lib/web/siteUrl";
import { resetDatabase } from "./database";

// The sitemap lists every published fact-check that is not retracted (docs/public-data.md), not the latest few: it
// once stopped at 200, and older fact-checks dropped out of it without a word.

test("the sitemap lists every published fact-check that is not retracted, beyond any page of a list", async () => {
  await resetDatabase();
  const db = await getDb();
  // 260 published articles, as publishing leaves them (a version each); every tenth retracted, one never published.
  await db.execute(sql`insert into ${articles} (slug, title, body, published_version, retracted_at)
    select 'sitemap-' || n, 'Fact-check ' || n, 'Text.', 1, case when n % 10 = 0 then now() end from generate_series(1, 260) as n`);
  await db.execute(sql`insert into ${articleVersions} (article_id, number, title, body, snapshot, published_at)
    select id, 1, title, body, '{"claims": []}'::jsonb, now() - (substring(slug from 9)::int * interval '1 day') from ${articles} where slug like 'sitemap-%'`);
  await db.execute(sql`insert into ${articles} (slug, title, body) values ('sitemap-draft', 'Draft', 'Text.')`);

  const urls = (await sitemap()).map((entry) => entry.url.replace(siteUrl(), ""));
  const listed = urls.filter((url) => url.startsWith("/articles/"));
  expect(listed).toHaveLength(234);
  expect(listed.slice(0, 2)).toEqual(["/articles/sitemap-1", "/articles/sitemap-2"]);
  expect(listed).toContain("/articles/sitemap-259");
  expect(listed).not.toContain("/articles/sitemap-10");
  expect(listed).not.toContain("/articles/sitemap-draft");
  expect(urls.slice(0, 2)).toEqual(["/", "/about"]);
});
