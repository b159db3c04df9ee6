import { expect, test } from "@playwright/test";
import { DEMO, signInWithSavedSession, uniqueTitle } from "./fixtures";
import { retract } from "./publishFlow";
import { seed } from "./seed";
import { startSecondInstance } from "./secondInstance";

// Two app instances on one Postgres database, as behind a load balancer: each keeps readers' pages in its own memory
// (docs/caching.md), and a retraction made through one is honoured by the other within 5 seconds.

test.skip(!process.env.E2E_DATABASE_URL, "two instances share a Postgres server; the embedded database belongs to one process");

test("a retraction made on one instance is honoured by the other within 5 seconds", async ({ page, request }) => {
  test.setTimeout(180_000);
  const other = await startSecondInstance(Number(process.env.E2E_PORT ?? 3100) + 17);
  try {
    // A published fact-check of the editor's (seeded: publishing.spec.ts walks the desk's steps), open in their workspace.
    const JOBS = "Unemployment in the city fell to 3.2 percent last year, the lowest figure in a decade.";
    const { articles } = await seed(request, {
      articles: [
        {
          by: DEMO.editor,
          title: uniqueTitle("Two instances"),
          body: [JOBS, "The new hospital will have 450 beds and open in March 2026, according to the health ministry."].join("\n"),
          claims: [{ quote: JOBS, reviewer: DEMO.reviewer, review: { verdict: "True", explanation: "The statistics office reports it." }, signOff: true }],
          publish: {},
        },
      ],
    });
    const path = `/articles/${articles[0]!.slug}`;
    await signInWithSavedSession(page, DEMO.editor, undefined, `/desk/articles/${articles[0]!.id}`);
    const onOther = `${other.base}${path}`;
    // The other instance serves the page, then serves it again from its cache (asked until it does: tests running
    // alongside may publish, which starts a new generation).
    await expect
      .poll(async () => {
        const answer = await fetch(onOther);
        return `${answer.status} ${answer.headers.get("x-factdesk-cache")}`;
      }, { intervals: [200] })
      .toBe("200 hit");

    // Timed from before the editor starts retracting (typing included), so the figure is an upper bound.
    const retractedAt = Date.now();
    await retract(page, "The statistics office withdrew the figures.");
    let status = 200;
    while (status !== 410 && Date.now() - retractedAt < 5_000) {
      status = (await fetch(onOther)).status;
      if (status !== 410) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const elapsed = Date.now() - retractedAt;
    console.info(`two instances: the other instance answered 410 ${elapsed} ms after the editor began retracting on the first`);
    expect(status, `still ${status} after ${elapsed} ms`).toBe(410);
    expect(await (await fetch(onOther)).text()).toContain("The statistics office withdrew the figures.");
  } finally {
    other.stop();
  }
});
