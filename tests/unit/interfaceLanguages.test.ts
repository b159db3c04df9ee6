import { describe, expect, test } from "vitest";
import { isStaffArea } from "@/lib/web/staffArea";
import { negotiateInterfaceLanguage } from "@/lib/domain/interfaceLanguages";

describe("the interface language a browser asks for", () => {
  test.each([
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["uk-UA", "uk"],
    ["ar-EG,ar;q=0.9", "ar"],
    ["pt-BR,pt;q=0.9,uk;q=0.5", "uk"],
    ["en-GB", "en"],
    ["fr,de;q=0.5,es;q=0.1", "es"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateInterfaceLanguage(header, "ar")).toBe(expected);
  });

  test.each([null, "", "*", "fr-FR,de", "x-klingon-!!, ;;q=bad"])("none it has (%s): the newsroom's", (header) => {
    expect(negotiateInterfaceLanguage(header, "uk")).toBe("uk");
  });
});

test("staff pages are the desk, the admin pages and signing in; the rest are public", () => {
  for (const path of ["/desk", "/desk/articles/1", "/admin/users", "/login", "/set-password/abc"]) expect(isStaffArea(path), path).toBe(true);
  for (const path of ["/", "/articles/x", "/about", "/corrections", "/search", "/embed/claims/1", "/deskx", "/logins"]) expect(isStaffArea(path), path).toBe(false);
});
