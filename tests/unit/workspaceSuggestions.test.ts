import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { SuggestionsPanel } from "@/components/desk/workspace/SuggestionsPanel";
import { suggestClaims } from "@/lib/domain/claimSuggestions";
import { suggestClaimsInTime } from "@/lib/services/articles/suggestClaimsInTime";
import { SAMPLE_ARTICLE } from "./splitSentences.cases";

describe("the workspace's claim suggestions", () => {
  test("are worked out on a worker thread, as suggestClaims gives them", async () => {
    expect(await suggestClaimsInTime(SAMPLE_ARTICLE)).toEqual(suggestClaims(SAMPLE_ARTICLE));
  });

  test("are none, and say so, when they take longer than their budget", async () => {
    expect(await suggestClaimsInTime("- The council cut bus fares by a third in 2023\n".repeat(20_000), 1)).toBeNull();
    const panel = (outOfTime: boolean) =>
      renderToStaticMarkup(
        createElement(SuggestionsPanel, {
          articleId: "a1",
          textRevision: 1,
          suggestions: [],
          outOfTime,
          accept: async () => ({ ok: true as const, data: { created: 0, skipped: 0, claimIds: [] } }),
          onAccepted: () => {},
          loadMatches: async () => ({ ok: true as const, data: { matches: {}, textMatches: [], archiveSize: 0 } }),
        }),
      );
    expect(panel(true)).toContain("Suggestions could not be worked out in time for an article this long. You can still make claims yourself");
    expect(panel(true)).not.toContain("No suggestions left");
    expect(panel(false)).toContain("No suggestions left");
  });
});
