import { describe, expect, test } from "vitest";
import { diffWords, hasWordChanges } from "@/lib/domain/wordDiff";

describe("diffWords", () => {
  test("marks whole words inserted and deleted, never parts of a word", () => {
    expect(diffWords("Unemployment fell to 3.2 percent.", "Unemployment fell to 3.4 percent.")).toEqual([
      [
        { kind: "same", text: "Unemployment fell to " },
        { kind: "deleted", text: "3.2" },
        { kind: "inserted", text: "3.4" },
        { kind: "same", text: " percent." },
      ],
    ]);
  });

  test("an inserted phrase is one change, the words around it unchanged", () => {
    expect(diffWords("The mayor said it.", "The mayor of the city said it.")).toEqual([
      [
        { kind: "same", text: "The mayor " },
        { kind: "inserted", text: "of the city " },
        { kind: "same", text: "said it." },
      ],
    ]);
  });

  test("keeps paragraphs: each line of the text is one paragraph, an added line an inserted paragraph", () => {
    const paragraphs = diffWords("First line.\nSecond line.", "First line.\nSecond line, revised.\nAnother paragraph.");
    expect(paragraphs).toEqual([
      [{ kind: "same", text: "First line." }],
      [
        { kind: "same", text: "Second " },
        { kind: "deleted", text: "line." },
        { kind: "inserted", text: "line, revised." },
      ],
      [{ kind: "inserted", text: "Another paragraph." }],
    ]);
  });

  test("the same text has no changes; both texts can be read back from the diff", () => {
    const same = diffWords("One.\nTwo.", "One.\nTwo.");
    expect(hasWordChanges(same)).toBe(false);
    const before = "Crime fell by 5% in 2024.\nThe police said so.";
    const after = "Crime rose by 2% in 2024, police data show.\nThe police said so.";
    const paragraphs = diffWords(before, after);
    expect(hasWordChanges(paragraphs)).toBe(true);
    const read = (skip: string) => paragraphs.map((p) => p.filter((c) => c.kind !== skip).map((c) => c.text).join("")).join("\n");
    expect(read("inserted")).toBe(before);
    expect(read("deleted")).toBe(after);
  });

  test("handles empty texts and words beyond the surrogate range of codes", () => {
    expect(diffWords("", "New text.")).toEqual([[{ kind: "inserted", text: "New text." }]]);
    expect(diffWords("Old.", "")).toEqual([[{ kind: "deleted", text: "Old." }]]);
    const many = Array.from({ length: 60_000 }, (_, i) => `w${i}`).join(" ");
    const paragraphs = diffWords(many, `${many} end`);
    expect(paragraphs[0]!.at(-1)).toEqual({ kind: "inserted", text: " end" });
  });
});
