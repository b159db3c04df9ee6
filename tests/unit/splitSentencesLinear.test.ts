import { describe, expect, test } from "vitest";
import { suggestClaims } from "../../lib/domain/claimSuggestions";
import { splitSentences } from "../../lib/domain/sentences/splitSentences";
import { IN_LINE_SAMPLES, LINE_SAMPLES, linesOf } from "./splitSentences.lineKinds";

// Splitting takes time in proportion to the text, whatever its lines are: an article of 247,500 `- x` lines once
// froze the server for minutes (each line's search for a full stop ran on to the end of the article). No clock
// budget here, which a busy machine would break. Within one run, one text of 16n lines is timed against 16 texts of
// n lines: the same characters, the same number of results kept (so the garbage collector has the same work), hence
// about the same time when splitting is linear, and 16 times as long when it is quadratic. Each time is the fastest
// of a few runs, and both are timed again only while the long one looks too slow, so one run held up by other work
// on the machine does not fail the test.

const GROWTH = 16;
const MAX_RATIO = 4;

function fastest(run: () => unknown, times: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Time of `work` on `make(16n)` over its time on 16 copies of `make(n)`, where `make(n)` is at least `chars` long:
 * shorter texts would hide a quadratic term behind the linear one, and their times are mostly noise.
 */
function growth(work: (text: string) => unknown, make: (n: number) => string, chars: number): number {
  const n = Math.ceil(chars / make(1).length);
  const piece = make(n);
  const inPieces = () => Array.from({ length: GROWTH }, () => work(piece));
  inPieces(); // compiled and warm before timing
  const whole = make(GROWTH * n);
  // Both are timed again, side by side, while the ratio looks too high: a burst of other work that slowed one of
  // them alone is not taken for a quadratic term (which stays 16 times, however often it is timed).
  let piecesMs = Infinity;
  let wholeMs = Infinity;
  for (let attempt = 0; attempt < 5 && !(wholeMs < MAX_RATIO * piecesMs); attempt++) {
    piecesMs = Math.min(piecesMs, fastest(inPieces, 1));
    wholeMs = Math.min(wholeMs, fastest(() => work(whole), 1));
  }
  return wholeMs / piecesMs;
}

describe("splitSentences takes linear time", () => {
  test.each(LINE_SAMPLES)("$name lines give the expected kinds", ({ line, kinds }) => {
    expect(splitSentences(line).map((s) => s.kind)).toEqual(kinds);
  });

  test.each(LINE_SAMPLES)("$name: 16 times the lines, about 16 times the time", (sample) => {
    expect(growth(splitSentences, (n) => linesOf(sample, n), 16_000)).toBeLessThan(MAX_RATIO);
  });

  test.each(IN_LINE_SAMPLES)("$name: 16 times as long, about 16 times the time", ({ piece }) => {
    expect(growth(splitSentences, (n) => piece.repeat(n), 16_000)).toBeLessThan(MAX_RATIO);
  });
});

// Every rule of the other languages (abbreviations looked up with the word before them, dialogue dashes, „…“ quotes,
// quotes as HTML references, semicolons) in one piece, and runs of what those rules skip over.
const LANGUAGE_PIECES = [
  { lang: "es", piece: "El Sr. García llegó a EE. UU. el 1.º de mayo de 300 a. C.; ¿Vino? —dijo Ana. Había peras, etc. Luego; " },
  { lang: "es", piece: "; ; ;; &quot;&quot; —— -- " },
  { lang: "ru", piece: "Поэму написал А. С. Пушкин в 1833 г. В г. Тверь. -- «Нет.» „Да.“ 13 чел. / км², т. е. ок. 5 см. Затем… " },
  { lang: "uk", piece: "Закінчила ім. Т. Г. Шевченка у 2017 р. Тоді… — Так? — спитав він. Він сказав ``Ні.&#39;&#39; Потім " },
  { lang: "uk", piece: "р. &#39;&#39;“ “ ``((« — " },
  { lang: "ru", piece: "итоги года Несмотря на кризис план: Однако, рост () Родился " },
  { lang: "ru", piece: "слово          Однако       Несмотря   " },
];

describe("splitSentences takes linear time in every language", () => {
  test.each(LANGUAGE_PIECES)("$lang: 16 times as long, about 16 times the time ($piece)", ({ lang, piece }) => {
    expect(growth((text) => splitSentences(text, { lang }), (n) => piece.repeat(n), 16_000)).toBeLessThan(MAX_RATIO);
  });
});

describe("claim suggestions take linear time", () => {
  const kinds = LINE_SAMPLES.filter((s) => ["prose", "prose without a full stop", "bullet '- '", "bullet with a statement"].includes(s.name));
  test.each(kinds)("$name: 16 times the lines, about 16 times the time", (sample) => {
    const suggest = (text: string) => suggestClaims(text, { threshold: 0 });
    expect(growth(suggest, (n) => linesOf(sample, n), 16_000)).toBeLessThan(MAX_RATIO);
  });
});
