import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { SuggestionsPanel } from "@/components/desk/workspace/SuggestionsPanel";
import { suggestClaimsInLanguage } from "@/lib/domain/claimSuggestions";
import { suggestClaimsInTime } from "@/lib/services/articles/suggestClaimsInTime";
import { CATALOGS } from "@/messages/catalogs";
import { SAMPLE_ARTICLE } from "./splitSentences.cases";

// A budget no small task misses however busy the machine (a worker thread can take seconds to start then); the
// budget itself is checked by the 1 ms case.
const ROOMY = 60_000;

describe("the workspace's claim suggestions", () => {
  test("are worked out on a worker thread, as suggestClaimsInLanguage gives them", async () => {
    expect(await suggestClaimsInTime(SAMPLE_ARTICLE, null, ROOMY)).toEqual(suggestClaimsInLanguage(SAMPLE_ARTICLE));
  });

  test("are none, and say so, when they take longer than their budget", async () => {
    expect(await suggestClaimsInTime("- The council cut bus fares by a third in 2023\n".repeat(20_000), null, 1)).toBeNull();
    const panel = (outOfTime: boolean, languageWithoutModel: string | null = null, hasClaims = true) =>
      renderToStaticMarkup(
        // In English, as the workspace shows it to someone who picked English.
        createElement(NextIntlClientProvider, { locale: "en", messages: CATALOGS.en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>, createElement(SuggestionsPanel, {
          articleId: "a1",
          textRevision: 1,
          suggestions: [],
          outOfTime,
          languageWithoutModel,
          hasClaims,
          accept: async () => ({ ok: true as const, data: { created: 0, skipped: 0, claimIds: [] } }),
          onAccepted: () => {},
          loadMatches: async () => ({ ok: true as const, data: { matches: {}, textMatches: [], archiveSize: 0 } }),
        })),
      );
    expect(panel(true)).toContain("Suggestions could not be worked out in time for an article this long. You can still make claims yourself");
    expect(panel(true)).not.toContain("No suggestions left");
    expect(panel(false)).toContain("No suggestions left");
    // An article in a language without a check-worthiness model gets none, and the panel names the language.
    expect(panel(false, "fr")).toContain("No check-worthiness model for this language (French) yet");
    expect(panel(false, "fr")).not.toContain("No suggestions left");
    // With no claims yet, none can have come from suggestions: the panel says none looked worth checking, and how to
    // make a claim by hand.
    expect(panel(false, null, false)).toContain("No sentence looked worth checking, so none is suggested.");
    expect(panel(false, null, false)).toContain("choose Select text, drag over the words of the claim, then choose Make claim from selection.");
    expect(panel(false, null, false)).not.toContain("No suggestions left");
    expect(panel(false)).not.toContain("No sentence looked worth checking");
  });

  test("are none for an article in a language without a check-worthiness model", async () => {
    const french = "Le gouvernement a annoncé hier 5 000 nouveaux cas de grippe dans la région.\nLe ministre a démenti ces chiffres ce matin devant la presse.";
    const result = await suggestClaimsInTime(french, null, ROOMY);
    expect(result?.scored).toBe(false);
    expect(result?.language).toBe("fr");
  });

  test("follow the article's language when the desk records one, rather than the detected one", async () => {
    const french = "Le gouvernement a annoncé hier 5 000 nouveaux cas de grippe dans la région.\nLe ministre a démenti ces chiffres ce matin devant la presse.";
    const result = await suggestClaimsInTime(french, "es", ROOMY);
    expect(result?.language).toBe("es");
    expect(result?.scored).toBe(true);
  });
});
