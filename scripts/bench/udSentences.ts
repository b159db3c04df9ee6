/**
 * Split quality on sentences of three Universal Dependencies treebanks (../shared/datasets/ud-sentences, see its
 * README): each document's sentences joined with spaces (a file without document ids is one document), split again
 * with the treebank's language, and the share of sentences of six words or more that come back exactly, and of the
 * spans printed that are exactly one of the treebank's sentences. Each figure is given for the whole file and for
 * its two halves: A (even documents; blocks of ten sentences where the file has no document ids), tuned on, and B
 * (odd ones), kept aside to estimate quality on unseen text. Prints one line per language; with --digest, also a
 * digest of every span the splitter gave, to check that a change leaves the output as it was.
 * With --intl, Intl.Segmenter (ICU's rules for the language) finds the ends inside a line instead of ours.
 * Run: npx tsx scripts/bench/udSentences.ts [--digest] [--intl] [--data <folder>]
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { splitSentences, splitSentencesWith, type Sentence } from "../../lib/domain/sentences/splitSentences";

const LANGUAGES = ["ru", "uk", "es"] as const;
const MIN_WORDS = 6;
const BLOCK = 10;

type Half = "A" | "B";
type GoldSentence = { text: string; half: Half };

/** Documents of one treebank file, each a list of its sentences in order with the half each belongs to. */
function documents(file: string): GoldSentence[][] {
  const byDoc = new Map<string, GoldSentence[]>();
  let row = 0;
  for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
    if (line.trim() === "") continue;
    const [doc = "", sentence = ""] = line.split("\t");
    const list = byDoc.get(doc) ?? [];
    // Without document ids, every sentence is in one document: halves are dealt by blocks of sentences instead.
    const unit = doc === "" ? Math.floor(row / BLOCK) : [...byDoc.keys(), doc].indexOf(doc);
    list.push({ text: sentence.trim(), half: unit % 2 === 0 ? "A" : "B" });
    byDoc.set(doc, list);
    row++;
  }
  return [...byDoc.values()];
}

type Splitter = (text: string, options: { lang: string }) => Sentence[];

/** Our line handling with Intl.Segmenter (ICU's rules for the language) finding the ends inside a line. */
const withIntlSegmenter: Splitter = (text, { lang }) => {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  return splitSentencesWith(text, (line, from, to) => {
    const ends: number[] = [];
    for (const { index } of segmenter.segment(line.slice(from, to))) if (index > 0) ends.push(from + index);
    return ends;
  });
};

type Tally = { found: number; total: number; exact: number; printed: number };

const emptyTally = (): Tally => ({ found: 0, total: 0, exact: 0, printed: 0 });
const share = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

/** Tallies of one language's file, whole and by half, and the digest of the spans. */
export function benchLanguage(
  file: string,
  lang: string,
  split: Splitter = splitSentences,
): { tallies: Record<"all" | Half, Tally>; digest: string } {
  const digest = createHash("sha256");
  const tallies = { all: emptyTally(), A: emptyTally(), B: emptyTally() };
  for (const sentences of documents(file)) {
    const text = sentences.map((s) => s.text).join(" ");
    const spans = split(text, { lang });
    digest.update(JSON.stringify(spans));
    const spanEnds = new Map(spans.map((s) => [s.start, s.end]));
    const starts: number[] = [];
    let offset = 0;
    for (const sentence of sentences) {
      starts.push(offset);
      const exact = spanEnds.get(offset) === offset + sentence.text.length;
      if (sentence.text.split(/\s+/).length >= MIN_WORDS) {
        for (const tally of [tallies.all, tallies[sentence.half]]) {
          tally.total++;
          if (exact) tally.found++;
        }
      }
      offset += sentence.text.length + 1;
    }
    // A printed span belongs to the half of the sentence it starts in.
    let at = 0;
    for (const span of spans) {
      while (at + 1 < starts.length && starts[at + 1]! <= span.start) at++;
      const sentence = sentences[at]!;
      const exact = starts[at] === span.start && span.end === span.start + sentence.text.length;
      for (const tally of [tallies.all, tallies[sentence.half]]) {
        tally.printed++;
        if (exact) tally.exact++;
      }
    }
  }
  return { tallies, digest: digest.digest("hex").slice(0, 16) };
}

/** Printable lines: per language, sentences found exactly out of those of six words or more (and the digest). */
export function benchUdSentences(folder: string, withDigest = false, split: Splitter = splitSentences): string[] {
  return LANGUAGES.map((language) => {
    const { tallies, digest } = benchLanguage(path.join(folder, `${language}-dev.tsv`), language, split);
    const { found, total, exact, printed } = tallies.all;
    const half = (h: Half) => `${h} ${share(tallies[h].found, tallies[h].total)}/${share(tallies[h].exact, tallies[h].printed)}`;
    return (
      `${language}: ${found} of ${total} sentences found exactly (${share(found, total)}), ` +
      `${exact} of ${printed} spans exactly a sentence (${share(exact, printed)}); halves found/exact ${half("A")}, ${half("B")}` +
      (withDigest ? `, spans digest ${digest}` : "")
    );
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--data");
  const folder = i >= 0 ? process.argv[i + 1]! : path.resolve(import.meta.dirname, "../../../shared/datasets/ud-sentences");
  const split = process.argv.includes("--intl") ? withIntlSegmenter : splitSentences;
  for (const line of benchUdSentences(folder, process.argv.includes("--digest"), split)) console.log(line);
}
