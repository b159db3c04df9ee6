import { describe, expect, it } from "vitest";
import { completeMention, mentionAt, mentionSuggestions } from "@/lib/domain/mentionQuery";

const people = [
  { displayName: "Rita Reviewer", handle: "reviewer" },
  { displayName: "Eddie Editor", handle: "editor" },
  { displayName: "Ada Admin", handle: "ada@example.org" },
  { displayName: "Ada Admin", handle: "ada@other.example" },
];

describe("the mention being typed at the caret", () => {
  it("is the @ and what follows it, at the start or after a space or bracket", () => {
    expect(mentionAt("@ri", 3)).toEqual({ start: 0, query: "ri" });
    expect(mentionAt("Ask @ed", 7)).toEqual({ start: 4, query: "ed" });
    expect(mentionAt("(@", 2)).toEqual({ start: 1, query: "" });
  });

  it("is no mention inside an e-mail address, after a space, or away from the caret", () => {
    expect(mentionAt("bob@exa", 7)).toBeNull();
    expect(mentionAt("@editor said", 12)).toBeNull();
    expect(mentionAt("@ed and more", 12)).toBeNull();
    expect(mentionAt("no at sign", 5)).toBeNull();
  });

  it("goes on across the @ of a whole address", () => {
    expect(mentionAt("Hi @ada@exa", 11)).toEqual({ start: 3, query: "ada@exa" });
  });
});

describe("who a query could mean", () => {
  it("puts handles starting with it first, then names with a word starting with it", () => {
    expect(mentionSuggestions(people, "r").map((p) => p.handle)).toEqual(["reviewer"]);
    expect(mentionSuggestions(people, "ed").map((p) => p.handle)).toEqual(["editor"]);
    expect(mentionSuggestions(people, "rev").map((p) => p.handle)).toEqual(["reviewer"]);
    expect(mentionSuggestions(people, "eddie").map((p) => p.handle)).toEqual(["editor"]);
    expect(mentionSuggestions(people, "ada@o").map((p) => p.handle)).toEqual(["ada@other.example"]);
  });

  it("lists everyone by name for a bare @, and nobody for a query that matches no one", () => {
    expect(mentionSuggestions(people, "")).toHaveLength(4);
    expect(mentionSuggestions(people, "")[0]!.displayName).toBe("Ada Admin");
    expect(mentionSuggestions(people, "zz")).toEqual([]);
  });
});

describe("completing a mention", () => {
  it("replaces what was typed with the handle and a space, and puts the caret after it", () => {
    expect(completeMention("Ask @ed", { start: 4, query: "ed" }, "editor", 7)).toEqual({ text: "Ask @editor ", caret: 12 });
  });

  it("replaces the rest of a handle under the caret and keeps the text after it", () => {
    const done = completeMention("Ask @edXX please", { start: 4, query: "ed" }, "editor", 7);
    expect(done).toEqual({ text: "Ask @editor please", caret: 12 });
  });
});
