import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ANCHOR_CONTEXT_LENGTH,
  buildOffsetMap,
  createAnchor,
  mergeAnchors,
  reanchorAll,
  splitAnchor,
  type Anchor,
  type ReanchorResult,
} from "@/lib/domain/anchoring";

const ARTICLE = [
  "Russia accused Ukraine of attempting to assassinate Russian President Vladimir Putin after reporting that two drones crashed into the Kremlin on Wednesday.",
  "Videos circulating on social media appear to show a drone exploding and smoke rising over the roof of the Kremlin.",
  "“The Russian side reserves the right to take retaliatory measures where and when it sees fit,” the Kremlin said.",
  "Serhii Nikiforov, a spokesman for Ukrainian President Volodymyr Zelensky, denied Russia’s allegations.",
  "The Kremlin said nobody was injured by the drone crash. Putin was away from the Kremlin at the time, the Kremlin said.",
].join("\n");

/** Anchor on the `occurrence`-th (0-based) occurrence of `quote` in `text`. */
function anchorOn(text: string, quote: string, occurrence = 0): Anchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" occurrence ${occurrence} not in text`);
  }
  return createAnchor(text, at, at + quote.length);
}

function reanchor(oldText: string, newText: string, anchor: Anchor): ReanchorResult {
  const [result, ...rest] = reanchorAll(oldText, newText, [anchor]);
  expect(rest).toHaveLength(0);
  if (!result) throw new Error("no result");
  return result;
}

describe("createAnchor", () => {
  it("captures the quote and up to 32 characters of context on each side", () => {
    const anchor = anchorOn(ARTICLE, "two drones crashed into the Kremlin");
    expect(anchor.quote).toBe("two drones crashed into the Kremlin");
    expect(ANCHOR_CONTEXT_LENGTH).toBe(32);
    expect(anchor.prefix).toBe(ARTICLE.slice(anchor.start - 32, anchor.start));
    expect(anchor.suffix).toBe(" on Wednesday.\nVideos circulatin");
    const atStart = createAnchor(ARTICLE, 0, 6);
    expect(atStart.prefix).toBe("");
    const atEnd = createAnchor(ARTICLE, ARTICLE.length - 5, ARTICLE.length);
    expect(atEnd.suffix).toBe("");
  });

  it("rejects empty, reversed, out-of-bounds and non-integer spans", () => {
    expect(() => createAnchor("abc", 1, 1)).toThrow(RangeError);
    expect(() => createAnchor("abc", 2, 1)).toThrow(RangeError);
    expect(() => createAnchor("abc", -1, 2)).toThrow(RangeError);
    expect(() => createAnchor("abc", 0, 4)).toThrow(RangeError);
    expect(() => createAnchor("abc", 0.5, 2)).toThrow(RangeError);
    expect(() => createAnchor("abc", 0, Number.NaN)).toThrow(RangeError);
  });
});

describe("buildOffsetMap", () => {
  it("keeps text inserted at a span edge outside the span and replaced edge text inside it", () => {
    const map = buildOffsetMap("The cat sat.", "The big cat sat down.");
    expect([map.mapStart(4), map.mapEnd(7)]).toEqual([8, 11]); // "cat"
    expect([map.mapStart(8), map.mapEnd(11)]).toEqual([12, 15]); // "sat"
    const replaced = buildOffsetMap("two drones crashed", "Two drones crashed");
    expect([replaced.mapStart(0), replaced.mapEnd(10)]).toEqual([0, 10]);
  });

  it("collapses a deleted span and reports which new text touches an edit", () => {
    const map = buildOffsetMap("keep this. drop that. keep too.", "keep this. keep too.");
    expect(map.mapStart(11)).toBe(map.mapEnd(21)); // "drop that." is gone
    const deletedAt = map.mapStart(11); // where "drop that." was (10 or 11, depending on edge alignment)
    expect(map.touchesEdit({ start: deletedAt, end: deletedAt + 4 })).toBe(true);
    expect(map.touchesEdit({ start: 0, end: 4 })).toBe(false);
    expect(map.touchesEdit({ start: 15, end: 20 })).toBe(false);
    expect(map.regionsNearEdits(2)).toEqual([{ start: deletedAt - 2, end: deletedAt + 2 }]);
    expect(buildOffsetMap("same", "same").touchesEdit({ start: 0, end: 4 })).toBe(false);
  });
});

describe("reanchorAll — examples", () => {
  const claim = anchorOn(ARTICLE, "two drones crashed into the Kremlin");

  it("returns unchanged for identical text and for edits after the claim", () => {
    expect(reanchor(ARTICLE, ARTICLE, claim)).toEqual({ status: "unchanged", anchor: claim, similarity: 1 });
    const edited = ARTICLE.replace("social media", "Telegram");
    const result = reanchor(ARTICLE, edited, claim);
    expect(result.status).toBe("unchanged");
    expect(result.anchor).toEqual(claim);
  });

  it("moves a claim when text is inserted before it", () => {
    const edited = "UPDATE: this story has been revised.\n" + ARTICLE;
    const result = reanchor(ARTICLE, edited, claim);
    expect(result.status).toBe("moved");
    expect(result.anchor.start).toBe(claim.start + 37);
    expect(edited.slice(result.anchor.start, result.anchor.end)).toBe(claim.quote);
  });

  it("keeps text inserted exactly at either edge of the claim outside it", () => {
    const edited = ARTICLE.slice(0, claim.start) + "reportedly " + claim.quote + " (unconfirmed)" + ARTICLE.slice(claim.end);
    const result = reanchor(ARTICLE, edited, claim);
    expect(result.status).toBe("moved");
    expect(result.anchor.quote).toBe(claim.quote);
    expect(result.anchor.start).toBe(claim.start + "reportedly ".length);
  });

  it("follows a moved paragraph and picks the right duplicate by its context", () => {
    const a = "Officials said the Kremlin was not damaged. Witnesses disagreed.";
    const b = "Later, a second statement insisted the Kremlin was not damaged at all.";
    const c = "Analysts doubted both accounts.";
    const oldText = [a, b, c].join("\n");
    const newText = [b, c, a].join("\n");
    const first = anchorOn(oldText, "the Kremlin was not damaged", 0);
    const second = anchorOn(oldText, "the Kremlin was not damaged", 1);
    const [r1, r2] = reanchorAll(oldText, newText, [first, second]);
    expect(r1?.status).toBe("moved");
    expect(r1?.anchor.start).toBe(newText.indexOf("the Kremlin was not damaged. Witnesses"));
    expect(r2?.status).toBe("moved");
    expect(r2?.anchor.start).toBe(newText.indexOf("the Kremlin was not damaged at all"));
  });

  it("prefers the duplicate whose context matches over the one nearest the old position", () => {
    const oldText = "Intro. Putin said: the drones came from Ukraine. Zelensky said: the drones came from Russia.";
    const anchor = anchorOn(oldText, "the drones came from", 1); // Zelensky's
    // Rewrite the sentence around Zelensky's quote so the diff cannot map it, and move it first.
    const newText = "Zelensky said: the drones came from Russia. Intro. Putin said: the drones came from Ukraine.";
    const result = reanchor(oldText, newText, anchor);
    expect(result.status).toBe("moved");
    expect(result.anchor.start).toBe("Zelensky said: ".length);
  });

  it("between duplicates with the same context, picks the one nearest the expected position", () => {
    const unit = "The Kremlin said nobody was injured. ";
    const oldText = unit.repeat(6);
    const anchor = anchorOn(oldText, "nobody was injured", 3);
    const newText = "Breaking. " + oldText;
    const result = reanchor(oldText, newText, anchor);
    expect(result.status).toBe("moved");
    expect(result.anchor.start).toBe(anchor.start + "Breaking. ".length);
  });

  it("flags a slightly edited quote as changed and carries the new quote", () => {
    const edited = ARTICLE.replace("two drones crashed into the Kremlin", "two drones crashed onto the Kremlin");
    const result = reanchor(ARTICLE, edited, claim);
    expect(result.status).toBe("changed");
    expect(result.anchor.quote).toBe("two drones crashed onto the Kremlin");
    expect(edited.slice(result.anchor.start, result.anchor.end)).toBe(result.anchor.quote);
    expect(result.similarity).toBeGreaterThan(0.9);
    expect(result.similarity).toBeLessThan(1);
  });

  it("flags an edit inside the quote (inserted word) as changed, spanning the insertion", () => {
    const edited = ARTICLE.replace("two drones crashed", "two small drones reportedly crashed");
    const result = reanchor(ARTICLE, edited, claim);
    expect(result.status).toBe("changed");
    expect(result.anchor.quote).toBe("two small drones reportedly crashed into the Kremlin");
  });

  it("flags a claim whose first word was deleted as changed, without a dangling space", () => {
    const edited = ARTICLE.replace("that two drones crashed", "that drones crashed");
    const result = reanchor(ARTICLE, edited, claim);
    expect(result.status).toBe("changed");
    expect(result.anchor.quote).toBe("drones crashed into the Kremlin");
  });

  it("prefers the edited claim in place over an identical copy of the old wording elsewhere", () => {
    const oldText = "Prices rose 5% in May. Analysts were surprised. Elsewhere, prices rose 5% in May, too.";
    const anchor = anchorOn(oldText, "Prices rose 5% in May");
    const newText = oldText.replace("Prices rose 5% in May", "Prices rose 6% in May");
    const result = reanchor(oldText, newText, anchor);
    expect(result.status).toBe("changed");
    expect(result.anchor.start).toBe(0);
    expect(result.anchor.quote).toBe("Prices rose 6% in May");
  });

  it("finds a claim fuzzily when its paragraph was both moved and edited", () => {
    const p1 = "Videos circulating on social media appear to show a drone exploding over the roof.";
    const p2 = "Russia said in a statement that two drones were intercepted and shot down by its forces.";
    const oldText = `${p1}\n${p2}`;
    const anchor = anchorOn(oldText, "two drones were intercepted and shot down by its forces");
    const newText = `${p2.replace("intercepted", "intersepted")}\n${p1}`;
    const result = reanchor(oldText, newText, anchor);
    expect(result.status).toBe("changed");
    expect(result.anchor.quote).toBe("two drones were intersepted and shot down by its forces");
    expect(result.similarity).toBeGreaterThan(0.9);
  });

  it("orphans a deleted claim and keeps its old anchor", () => {
    const sentence = "Serhii Nikiforov, a spokesman for Ukrainian President Volodymyr Zelensky, denied Russia’s allegations.";
    const anchor = anchorOn(ARTICLE, "denied Russia’s allegations");
    const edited = ARTICLE.replace(sentence + "\n", "");
    const result = reanchor(ARTICLE, edited, anchor);
    expect(result).toEqual({ status: "orphaned", anchor });
  });

  it("does not fuzzily re-attach a deleted claim to a similar sentence that was already elsewhere", () => {
    const oldText = "Two drones crashed on Monday. Officials reacted. Three drones crashed on Tuesday. The end.";
    const anchor = anchorOn(oldText, "Three drones crashed on Tuesday.");
    const newText = oldText.replace("Three drones crashed on Tuesday. ", "");
    expect(reanchor(oldText, newText, anchor).status).toBe("orphaned");
  });

  it("orphans a claim whose text was rewritten beyond recognition", () => {
    const edited = ARTICLE.replace("two drones crashed into the Kremlin", "an unverified incident occurred in Moscow");
    expect(reanchor(ARTICLE, edited, claim).status).toBe("orphaned");
  });

  it("treats whitespace and punctuation edits outside the quote as a move", () => {
    const edited = ARTICLE.replace("assassinate Russian", "assassinate  Russian").replace("Putin after", "Putin, after");
    const result = reanchor(ARTICLE, edited, claim);
    expect(result.status).toBe("moved");
    expect(result.anchor.start).toBe(claim.start + 2);
  });

  it("treats whitespace and punctuation edits inside the quote as changed", () => {
    const quoted = anchorOn(ARTICLE, "“The Russian side reserves the right to take retaliatory measures where and when it sees fit,”");
    const edited = ARTICLE.replace("“The Russian side reserves", "\"The Russian  side reserves").replace("sees fit,”", "sees fit\"");
    const result = reanchor(ARTICLE, edited, quoted);
    expect(result.status).toBe("changed");
    expect(result.anchor.quote).toBe("\"The Russian  side reserves the right to take retaliatory measures where and when it sees fit\"");
    expect(result.similarity).toBeGreaterThan(0.95);
  });

  it("returns exactly one result per anchor, in order, including orphans", () => {
    const anchors = [
      anchorOn(ARTICLE, "Putin was away from the Kremlin"),
      anchorOn(ARTICLE, "denied Russia’s allegations"),
      claim,
      anchorOn(ARTICLE, "the Kremlin said", 0),
      anchorOn(ARTICLE, "the Kremlin said", 1),
    ];
    const edited = ARTICLE.replace("denied Russia’s allegations", "declined to comment");
    const results = reanchorAll(ARTICLE, edited, anchors);
    expect(results.map((r) => r.status)).toEqual(["moved", "orphaned", "unchanged", "unchanged", "moved"]);
    expect(results[1]?.anchor).toBe(anchors[1]);
    expect(reanchorAll(ARTICLE, edited, [])).toEqual([]);
  });

  it("orphans an anchor with an empty quote instead of matching everywhere", () => {
    const empty: Anchor = { start: 3, end: 3, quote: "", prefix: "", suffix: "" };
    expect(reanchor("abcdef", "abcdef", empty).status).toBe("orphaned");
  });

  it("re-anchors claims whose stored offsets are stale or out of range by their quote", () => {
    const stale: Anchor = { ...claim, start: claim.start + 5000, end: claim.end + 5000 };
    const result = reanchor(ARTICLE, ARTICLE, stale);
    expect(result.status).toBe("moved");
    expect(result.anchor).toEqual(claim);
  });
});

describe("mergeAnchors / splitAnchor", () => {
  const first = anchorOn(ARTICLE, "The Kremlin said nobody was injured by the drone crash.");
  const second = anchorOn(ARTICLE, "Putin was away from the Kremlin at the time, the Kremlin said.");

  it("merges two adjacent claims into one spanning both, in either order", () => {
    const merged = mergeAnchors(ARTICLE, first, second);
    expect(merged.quote).toBe(`${first.quote} ${second.quote}`);
    expect(merged.start).toBe(first.start);
    expect(merged.end).toBe(second.end);
    expect(merged.prefix).toBe(first.prefix);
    expect(merged.suffix).toBe(second.suffix);
    expect(mergeAnchors(ARTICLE, second, first)).toEqual(merged);
  });

  it("merges overlapping claims and rejects anchors that do not match the text", () => {
    const a = anchorOn(ARTICLE, "nobody was injured");
    const b = anchorOn(ARTICLE, "was injured by the drone");
    expect(mergeAnchors(ARTICLE, a, b).quote).toBe("nobody was injured by the drone");
    expect(() => mergeAnchors(ARTICLE, { ...a, quote: "somebody" }, b)).toThrow(RangeError);
    expect(() => mergeAnchors("short", a, b)).toThrow(RangeError);
  });

  it("splits a claim at an offset, trimming whitespace at the split", () => {
    const merged = mergeAnchors(ARTICLE, first, second);
    const [left, right] = splitAnchor(ARTICLE, merged, first.end + 1); // just after the space
    expect(left).toEqual(first);
    expect(right).toEqual(second);
    const [l2, r2] = splitAnchor(ARTICLE, merged, first.end); // just before the space
    expect(l2).toEqual(first);
    expect(r2).toEqual(second);
  });

  it("splits mid-word without trimming and rejects invalid split points", () => {
    const anchor = anchorOn(ARTICLE, "drone crash");
    const [left, right] = splitAnchor(ARTICLE, anchor, anchor.start + 3);
    expect([left.quote, right.quote]).toEqual(["dro", "ne crash"]);
    expect(() => splitAnchor(ARTICLE, anchor, anchor.start)).toThrow(RangeError);
    expect(() => splitAnchor(ARTICLE, anchor, anchor.end)).toThrow(RangeError);
    expect(() => splitAnchor(ARTICLE, anchor, anchor.start + 1.5)).toThrow(RangeError);
    const spaced = createAnchor("a   b", 0, 5);
    expect(() => splitAnchor("a   b", createAnchor("a   b", 1, 5), 2)).toThrow(RangeError); // left part is whitespace only
    expect(splitAnchor("a   b", spaced, 2).map((x) => x.quote)).toEqual(["a", "b"]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests with random edits
// ---------------------------------------------------------------------------------------------

const WORDS = (
  "russia accused ukraine of attempting to assassinate president vladimir putin after reporting that two drones " +
  "crashed into the kremlin on wednesday videos circulating social media appear show a drone exploding and smoke " +
  "rising over roof said in statement posted website were intercepted shot down by security forces impacts caused " +
  "no material damage itself we regard these actions as planned terrorist act an attempt life carried out eve " +
  "victory day according nbc news celebration may commemorating nazi germany surrender world war side reserves " +
  "right take retaliatory measures where when it sees fit serhii nikiforov spokesman for ukrainian volodymyr " +
  "zelensky denied allegations have information about so-called overnight attacks but has repeatedly stated is " +
  "directing all available means liberate its own territories not attack others kyiv independent immediate"
).split(" ");

/** Text an editor inserts in the "untouched anchor" property: upper-case tokens never found in the base text. */
const MARKER_WORDS = ["UPDATE", "CORRECTION", "EDITOR'S NOTE:", "(AP)", "—", "[LINK]", "MORE:", "2023"];

const sentenceArb = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }), fc.constantFrom(".", ".", "?", "!", ","))
  .map(([words, stop]) => {
    const text = words.join(" ") + stop;
    return text.charAt(0).toUpperCase() + text.slice(1);
  });

const textArb = fc
  .array(fc.tuple(sentenceArb, fc.constantFrom(" ", " ", " ", "\n")), { minLength: 2, maxLength: 24 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join("").trimEnd());

const markerTextArb = fc
  .tuple(fc.constantFrom("", " "), fc.array(fc.constantFrom(...MARKER_WORDS), { minLength: 1, maxLength: 4 }), fc.constantFrom("", " "))
  .map(([before, words, after]) => before + words.join(" ") + after);

const wordTextArb = fc
  .tuple(fc.constantFrom("", " "), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), fc.constantFrom("", " ", ". ", ", "))
  .map(([before, words, after]) => before + words.join(" ") + after);

interface Edit {
  readonly at: number;
  readonly deleteCount: number;
  readonly insert: string;
}

/** Word spans ([start, end) of each run of non-space characters). */
function wordSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Applies non-overlapping edits (in any order) to `text`; returns the new text. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at + edit.deleteCount);
  }
  return result;
}

/** Keeps a non-overlapping subset of `edits` (at most one edit per position). */
function nonOverlapping(edits: readonly Edit[], textLength: number): Edit[] {
  const kept: Edit[] = [];
  let lastEnd = -1;
  let lastAt = -1;
  for (const raw of [...edits].sort((a, b) => a.at - b.at)) {
    const edit = { ...raw, deleteCount: Math.min(raw.deleteCount, textLength - raw.at) };
    if (edit.at < lastEnd || edit.at === lastAt) continue;
    if (edit.deleteCount === 0 && edit.insert === "") continue;
    kept.push(edit);
    lastEnd = edit.at + edit.deleteCount;
    lastAt = edit.at;
  }
  return kept;
}

/** True when the edit changes characters inside [start, end) (insertions exactly at an edge don't). */
function touches(edit: Edit, start: number, end: number): boolean {
  const editEnd = edit.at + edit.deleteCount;
  if (edit.deleteCount === 0) return edit.at > start && edit.at < end;
  return edit.at < end && editEnd > start;
}

function editArb(textLength: number, insertArb: fc.Arbitrary<string>, hotSpots: number[] = []): fc.Arbitrary<Edit> {
  const positions = [fc.integer({ min: 0, max: textLength }), ...hotSpots.map((p) => fc.constant(p))];
  return fc.record({
    at: fc.oneof(...positions),
    deleteCount: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 80 })),
    insert: fc.oneof(fc.constant(""), insertArb),
  });
}

/** Shortest claim in the "untouched" property: a word or two of text squeezed between an insertion and a
 * deletion can be outweighed by the diff aligning the inserted and deleted text's spaces (see report). */
const MIN_CLAIM_LENGTH = 10;

/** A text, one word-aligned anchor, and edits that never touch the anchor's span (some right at its edges). */
const untouchedScenarioArb = textArb.chain((text) => {
  const words = wordSpans(text);
  return fc
    .integer({ min: 0, max: words.length - 1 })
    .chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: i, max: Math.min(words.length - 1, i + 8) })))
    .chain(([i, j]) => {
      const start = words[i]!.start;
      // Extend to whole words until the claim is at least MIN_CLAIM_LENGTH long (or the text ends).
      while (j < words.length - 1 && words[j]!.end - start < MIN_CLAIM_LENGTH) j += 1;
      const end = words[j]!.end;
      const hotSpots = [start, end, Math.max(0, start - 1), Math.min(text.length, end + 1)];
      return fc.record({
        text: fc.constant(text),
        anchor: fc.constant(createAnchor(text, start, end)),
        edits: fc
          .array(editArb(text.length, markerTextArb, hotSpots), { minLength: 1, maxLength: 6 })
          .map((edits) => nonOverlapping(edits, text.length).filter((e) => !touches(e, start, end))),
      });
    });
});

/** A text, several anchors at arbitrary offsets, and arbitrary edits (possibly through the anchors). */
const arbitraryScenarioArb = textArb.chain((text) =>
  fc.record({
    text: fc.constant(text),
    spans: fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 60 }))
        .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) })),
      { minLength: 1, maxLength: 8 },
    ),
    edits: fc
      .array(editArb(text.length, fc.oneof(wordTextArb, markerTextArb)), { minLength: 1, maxLength: 8 })
      .map((edits) => nonOverlapping(edits, text.length)),
  }),
);

/** fast-check runs per property; raise ANCHORING_FC_SCALE (e.g. 20) for a longer local soak. */
const SCALE = Number(process.env.ANCHORING_FC_SCALE ?? 1);
const RUNS = 400 * SCALE;

describe("reanchorAll — properties", { timeout: 10_000 * SCALE }, () => {
  it("an anchor no edit touches comes back unchanged/moved exactly where its text now is", () => {
    fc.assert(
      fc.property(untouchedScenarioArb, ({ text, anchor, edits }) => {
        const newText = applyEdits(text, edits);
        const shift = edits
          .filter((e) => e.at + e.deleteCount <= anchor.start)
          .reduce((sum, e) => sum + e.insert.length - e.deleteCount, 0);
        const expectedStart = anchor.start + shift;
        expect(newText.slice(expectedStart, expectedStart + anchor.quote.length)).toBe(anchor.quote); // construction sanity
        const [result] = reanchorAll(text, newText, [anchor]);
        expect(result?.status).toBe(shift === 0 ? "unchanged" : "moved");
        expect(result?.anchor.start).toBe(expectedStart);
        expect(result?.anchor.end).toBe(expectedStart + anchor.quote.length);
        expect(result?.anchor).toEqual(createAnchor(newText, expectedStart, expectedStart + anchor.quote.length));
      }),
      { numRuns: RUNS },
    );
  });

  it("under arbitrary edits every anchor gets exactly one consistent result", () => {
    fc.assert(
      fc.property(arbitraryScenarioArb, ({ text, spans, edits }) => {
        const anchors = spans.map((s) => createAnchor(text, s.start, s.end));
        const newText = applyEdits(text, edits);
        const results = reanchorAll(text, newText, anchors);
        expect(results).toHaveLength(anchors.length);
        results.forEach((result, i) => {
          const old = anchors[i]!;
          const { anchor } = result;
          switch (result.status) {
            case "unchanged":
              expect([anchor.start, anchor.end]).toEqual([old.start, old.end]);
              expect(newText.slice(anchor.start, anchor.end)).toBe(old.quote);
              break;
            case "moved":
              expect(anchor.quote).toBe(old.quote);
              expect(newText.slice(anchor.start, anchor.end)).toBe(old.quote);
              break;
            case "changed":
              expect(anchor.start).toBeGreaterThanOrEqual(0);
              expect(anchor.end).toBeLessThanOrEqual(newText.length);
              expect(anchor.start).toBeLessThan(anchor.end);
              expect(anchor.quote).toBe(newText.slice(anchor.start, anchor.end));
              expect(anchor.quote).not.toBe(old.quote);
              expect(result.similarity).toBeGreaterThanOrEqual(0.5);
              expect(result.similarity).toBeLessThan(1);
              break;
            case "orphaned":
              expect(anchor).toBe(old);
              // Nothing is lost silently: a quote still present verbatim is never reported missing.
              expect(newText.includes(old.quote)).toBe(false);
              break;
          }
          if (result.status !== "orphaned") {
            expect(anchor).toEqual(createAnchor(newText, anchor.start, anchor.end));
          }
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("re-anchoring against the same text leaves every anchor unchanged", () => {
    fc.assert(
      fc.property(arbitraryScenarioArb, ({ text, spans }) => {
        const anchors = spans.map((s) => createAnchor(text, s.start, s.end));
        const results = reanchorAll(text, text, anchors);
        expect(results).toEqual(anchors.map((anchor) => ({ status: "unchanged", anchor, similarity: 1 })));
      }),
      { numRuns: 200 * SCALE },
    );
  });

  it("a marker inserted between two words inside a claim makes it changed, spanning the insertion", () => {
    const scenarioArb = textArb.chain((text) => {
      const words = wordSpans(text);
      return fc
        .integer({ min: 0, max: Math.max(0, words.length - 3) })
        .chain((i) => fc.tuple(fc.constant(i), fc.integer({ min: i + 2, max: Math.min(words.length - 1, i + 10) })))
        .chain(([i, j]) =>
          fc.record({
            text: fc.constant(text),
            anchor: fc.constant(createAnchor(text, words[i]!.start, words[j]!.end)),
            at: fc.integer({ min: i + 1, max: j }).map((k) => words[k]!.start),
            marker: fc.constantFrom(...MARKER_WORDS).map((w) => w + " "),
          }),
        );
    });
    fc.assert(
      fc.property(scenarioArb, ({ text, anchor, at, marker }) => {
        fc.pre(anchor.quote.length >= 4 * marker.length); // keep the edit small relative to the claim
        const newText = text.slice(0, at) + marker + text.slice(at);
        const [result] = reanchorAll(text, newText, [anchor]);
        expect(result?.status).toBe("changed");
        expect([result?.anchor.start, result?.anchor.end]).toEqual([anchor.start, anchor.end + marker.length]);
      }),
      { numRuns: 200 * SCALE },
    );
  });

  it("splitting then merging a claim restores it", () => {
    fc.assert(
      fc.property(
        textArb.chain((text) =>
          fc
            .tuple(fc.integer({ min: 0, max: text.length - 3 }), fc.integer({ min: 3, max: 80 }))
            .chain(([start, length]) => {
              const end = Math.min(text.length, start + length);
              return fc.record({
                text: fc.constant(text),
                start: fc.constant(start),
                end: fc.constant(end),
                at: fc.integer({ min: start + 1, max: end - 1 }),
              });
            }),
        ),
        ({ text, start, end, at }) => {
          const anchor = createAnchor(text, start, end);
          let parts: readonly [Anchor, Anchor];
          try {
            parts = splitAnchor(text, anchor, at);
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError); // only when one side is whitespace-only
            expect(text.slice(start, at).trim() === "" || text.slice(at, end).trim() === "").toBe(true);
            return;
          }
          const [left, right] = parts;
          expect(left.end).toBeLessThanOrEqual(right.start);
          expect(text.slice(left.end, right.start).trim()).toBe("");
          expect(mergeAnchors(text, left, right)).toEqual(anchor);
        },
      ),
      { numRuns: 200 * SCALE },
    );
  });
});

describe("reanchorAll — large article", () => {
  it("re-anchors 1,000 claims on a ~20,000-word article after a few edits", () => {
    const paragraphs: string[] = [];
    let words = 0;
    for (let p = 0; words < 20_000; p += 1) {
      const sentences = ARTICLE.split("\n").map((s) => s.replace("Wednesday", `day ${p}`).replace("two drones", `${(p % 9) + 2} drones`));
      const paragraph = `(${p}) ${sentences[p % sentences.length]} ${sentences[(p + 2) % sentences.length]}`;
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
    const text = paragraphs.join("\n");
    const spans = wordSpans(text);
    const anchors: Anchor[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const first = Math.floor((i * spans.length) / 1000);
      anchors.push(createAnchor(text, spans[first]!.start, spans[Math.min(spans.length - 1, first + 6)]!.end));
    }
    const edits: Edit[] = [
      { at: 0, deleteCount: 0, insert: "UPDATE: corrected.\n" },
      { at: Math.floor(text.length / 3), deleteCount: 40, insert: "" },
      { at: Math.floor(text.length / 2), deleteCount: 0, insert: " EDITOR'S NOTE: new paragraph here.\n" },
      { at: Math.floor((text.length * 3) / 4), deleteCount: 25, insert: "replacement words" },
    ];
    const newText = applyEdits(text, edits);
    const results = reanchorAll(text, newText, anchors);
    expect(results).toHaveLength(1000);
    results.forEach((result, i) => {
      const anchor = anchors[i]!;
      const touched = edits.some((e) => touches(e, anchor.start, anchor.end));
      if (!touched) {
        const shift = edits
          .filter((e) => e.at + e.deleteCount <= anchor.start)
          .reduce((sum, e) => sum + e.insert.length - e.deleteCount, 0);
        expect(result.status).toBe("moved");
        expect(result.anchor.start).toBe(anchor.start + shift);
        expect(result.anchor.quote).toBe(anchor.quote);
      }
      if (result.status !== "orphaned") {
        expect(newText.slice(result.anchor.start, result.anchor.end)).toBe(result.anchor.quote);
      }
    });
  });
});
