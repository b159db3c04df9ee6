import { describe, expect, test } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/demoMode";
import { seedDemoNewsroom } from "@/lib/demo/seedDemo";
import { SAMPLE_ARTICLE } from "@/lib/demo/sampleArticle";
import { listDeskArticles } from "@/lib/services/articles/deskArticles";
import { getPublishedVersion, listPublishedArticles } from "@/lib/services/publishing/publicArticles";
import { getOrganisation } from "@/lib/services/organisation/organisation";

describe("the demo newsroom", () => {
  test("seeds three accounts, a published sample article and a draft, once", async () => {
    expect(await seedDemoNewsroom()).toBe(true);
    expect(await seedDemoNewsroom()).toBe(false);

    for (const account of DEMO_ACCOUNTS) {
      const result = await verifyCredentials({ email: account.email, password: DEMO_PASSWORD });
      expect(result).toMatchObject({ ok: true, user: { role: account.role } });
    }

    const published = await listPublishedArticles();
    expect(published).toHaveLength(1);
    const version = await getPublishedVersion(published[0]!.slug);
    expect(version?.snapshot.body).toBe(SAMPLE_ARTICLE.body);
    expect(version?.snapshot.source.outlet).toBe("The Daily Wire");
    // Three claims are signed off; the others are still in the workflow and stay private.
    expect(version?.snapshot.claims.map((c) => c.verdict.label)).toEqual(["Unproven", "True", "Mostly true"]);
    for (const claim of version!.snapshot.claims) {
      expect(SAMPLE_ARTICLE.body.slice(claim.start, claim.end)).toBe(claim.quote);
    }

    const reviewer = await verifyCredentials({ email: "reviewer@factdesk.test", password: DEMO_PASSWORD });
    if (!reviewer.ok) throw new Error("reviewer cannot sign in");
    const desk = await listDeskArticles({ actor: reviewer.user });
    expect(desk).toHaveLength(2);
    expect(desk.find((a) => a.publishedVersion === null)?.title).toMatch(/demo draft/i);
    expect((await getOrganisation()).name).toBe("Factdesk Demo Newsroom");
  });
});
