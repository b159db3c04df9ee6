import { describe, expect, test } from "vitest";
import { translatorFor } from "@/lib/core/translator";
import { regionalTag } from "@/lib/domain/interfaceLocales";
import { batchOf, notificationSentence, type NotificationFacts } from "@/lib/domain/notificationSentence";

// As the desk's list and the daily digest call it: with the language's regional tag ("en-GB", "es-ES").
const say = (facts: NotificationFacts, language: "en" | "es" | "uk" | "ar" = "en") =>
  notificationSentence(facts, translatorFor(language, "mail.sentence"), regionalTag(language));

const facts = (over: Partial<NotificationFacts>): NotificationFacts => ({
  kind: "assigned",
  actorName: "Eddie Editor",
  claimNumber: 3,
  articleTitle: "Drones over Moscow",
  dueOn: null,
  today: "2030-02-28",
  ...over,
});

describe("notification sentences", () => {
  test("say who did what to which claim", () => {
    expect(say(facts({}))).toBe("Eddie Editor assigned you claim 3 of “Drones over Moscow”");
    expect(say(facts({ kind: "mentioned" }))).toBe("Eddie Editor mentioned you on claim 3 of “Drones over Moscow”");
    expect(say(facts({ kind: "returned" }))).toBe("Eddie Editor returned claim 3 of “Drones over Moscow” to you");
    expect(say(facts({ kind: "signed_off", actorName: null }))).toBe("Someone signed off your verdict on claim 3 of “Drones over Moscow”");
  });

  test("reminders say when the claim is due, by the day they are read", () => {
    const due = (dueOn: string | null) => say(facts({ kind: "due_soon", actorName: null, dueOn }));
    expect(due("2030-03-01")).toBe("Claim 3 of “Drones over Moscow” is due tomorrow");
    expect(due("2030-02-28")).toBe("Claim 3 of “Drones over Moscow” is due today");
    expect(due("2030-02-20")).toBe("Claim 3 of “Drones over Moscow” was due on 20 Feb 2030");
    expect(due("2030-03-09")).toBe("Claim 3 of “Drones over Moscow” is due on 9 Mar 2030");
    expect(due(null)).toBe("Claim 3 of “Drones over Moscow” no longer has a due date");
  });

  test("an assignment says when the claim is due; a bulk assignment is one sentence with its count and due dates", () => {
    expect(say(facts({ dueOn: "2030-03-01" }))).toBe("Eddie Editor assigned you claim 3 of “Drones over Moscow”, due tomorrow");
    expect(say(facts({ dueOn: "2030-03-09" }))).toBe("Eddie Editor assigned you claim 3 of “Drones over Moscow”, due on 9 Mar 2030");
    const bulk = (dueDates: (string | null)[]) => say(facts({ claimNumber: null, articleTitle: null, batch: batchOf(dueDates) }));
    expect(bulk(["2030-03-09", "2030-03-09", "2030-03-09", "2030-03-09", "2030-03-09"])).toBe("Eddie Editor assigned you 5 claims, due on 9 Mar 2030");
    expect(bulk(["2030-03-12", "2030-03-01", null, "2030-03-12"])).toBe("Eddie Editor assigned you 4 claims, due tomorrow and on 12 Mar 2030 (each has its own), 1 with no due date");
    expect(bulk([null, null])).toBe("Eddie Editor assigned you 2 claims, none with a due date");
    expect(batchOf(["2030-03-12", null, "2030-03-01", "2030-03-12"])).toEqual({ claims: 4, dueDates: ["2030-03-01", "2030-03-12"], undated: 1 });
  });

  test("in the reader's language: Spanish, Ukrainian and Arabic, with their plurals and lists", () => {
    expect(say(facts({ kind: "returned" }), "es")).toBe("Eddie Editor le devolvió la afirmación 3 de «Drones over Moscow»");
    expect(say(facts({ kind: "due_soon", actorName: null, dueOn: "2030-03-01" }), "es")).toBe("La afirmación 3 de «Drones over Moscow»: vence mañana");
    const bulk = (dueDates: (string | null)[], language: "es" | "uk" | "ar") => say(facts({ claimNumber: null, articleTitle: null, batch: batchOf(dueDates) }), language);
    expect(bulk(["2030-03-09", "2030-03-09", "2030-03-09", "2030-03-09", "2030-03-09"], "uk")).toBe("Eddie Editor призначає вам 5 тверджень, термін — 9 бер. 2030 р.");
    expect(bulk([null, null], "ar")).toBe("أسند إليك Eddie Editor ادعاءين، لا موعد نهائيًا لأيٍّ منها");
    expect(bulk(["2030-03-12", "2030-03-01", "2030-03-20"], "es")).toBe("Eddie Editor le asignó 3 afirmaciones, con fecha límite mañana, el 12 mar 2030 y el 20 mar 2030 (cada una tiene la suya)");
  });
});

describe("the desk's notification list, in the page's language", () => {
  test("in Ukrainian count claims with its own plural forms", () => {
    const bulk = (n: number) => say(facts({ claimNumber: null, articleTitle: null, batch: batchOf(Array(n).fill("2030-03-09")) }), "uk");
    expect(bulk(2)).toContain("2 твердження");
    expect(bulk(5)).toContain("5 тверджень");
    expect(bulk(21)).toContain("21 твердження");
  });
});
