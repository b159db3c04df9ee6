import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { CATALOGS } from "@/messages/catalogs";

// A message that names something shown elsewhere (a claim's status, a section of a page) names it with the words
// that place uses, in every interface language: a newcomer looks for what the message says.

const STATUSES = ["new", "in_progress", "needs_signoff", "signed_off", "dismissed"] as const;

describe.each(INTERFACE_LANGUAGES)("in %s", (language) => {
  const catalog = CATALOGS[language];

  test("a conflict says a claim's status as the workspace and the desk show it", () => {
    const errors = createTranslator({ locale: language, messages: catalog, namespace: "errors" });
    for (const status of STATUSES) {
      const line = errors("conflictStatus", { status });
      const said = line.slice(line.indexOf(":") + 1).trim();
      expect(said, status).toBe(catalog.workspace.claimStatus[status].toLocaleLowerCase(language));
    }
  });

  test("the two-factor refusals send people to the account section by its heading", () => {
    const { heading, twoFactor } = catalog.desk.account;
    const arrow = language === "ar" ? "←" : "→";
    expect(catalog.errors.twoFactorRequired).toContain(twoFactor);
    expect(catalog.errors.setUpOwnTwoFactorFirst).toContain(`${heading} ${arrow} ${twoFactor}`);
  });
});
