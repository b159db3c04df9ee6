import { expect, test } from "vitest";
import { formatSources, parseSources } from "@/components/desk/workspace/reviewSources";

test("sources survive a round trip through the review form's box", () => {
  const sources = [
    { url: "https://stats.example.test/a", title: "Labour statistics | 2024" },
    { url: "https://example.test/b", title: "" },
  ];
  expect(parseSources(formatSources(sources))).toEqual(sources);
  expect(parseSources("  \n https://x.test \n\n")).toEqual([{ url: "https://x.test", title: "" }]);
});
