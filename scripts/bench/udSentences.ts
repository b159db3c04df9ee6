/**
 * Split quality on sentences of three Universal Dependencies treebanks (../shared/datasets/ud-sentences, see its
 * README): each document's sentences joined with spaces (a file without document ids is one document), split again,
 * and the share of sentences of six words or more that come back exactly. Prints one line per language; with
 * --digest, also a digest of every span the splitter gave, to check that a change leaves the output as it was.
 * Run: npx tsx scripts/bench/udSentences.ts [--digest] [--data <folder>]
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { splitSentences } from "../../lib/domain/sentences/splitSentences";

const LANGUAGES = ["ru", "uk", "es"] as const;
const MIN_WORDS = 6;

/** Documents of one treebank file, each a list of its sentences in order. */
function documents(file: string): string[][] {
  const byDoc = new Map<string, string[]>();
  for (const row of readFileSync(file, "utf8").split("\n").slice(1)) {
    if (row.trim() === "") continue;
    const [doc = "", sentence = ""] = row.split("\t");
    const list = byDoc.get(doc) ?? [];
    list.push(sentence.trim());
    byDoc.set(doc, list);
  }
  return [...byDoc.values()];
}

/** Printable lines: per language, sentences found exactly out of those of six words or more (and the digest). */
export function benchUdSentences(folder: string, withDigest = false): string[] {
  return LANGUAGES.map((language) => {
    const digest = createHash("sha256");
    let found = 0;
    let total = 0;
    for (const sentences of documents(path.join(folder, `${language}-dev.tsv`))) {
      const spans = splitSentences(sentences.join(" "));
      digest.update(JSON.stringify(spans));
      const left = new Map<string, number>();
      for (const { text } of spans) left.set(text, (left.get(text) ?? 0) + 1);
      for (const sentence of sentences) {
        if (sentence.split(/\s+/).length < MIN_WORDS) continue;
        total++;
        const count = left.get(sentence) ?? 0;
        if (count > 0) {
          found++;
          left.set(sentence, count - 1);
        }
      }
    }
    const share = `${((100 * found) / total).toFixed(1)}%`;
    return `${language}: ${found} of ${total} sentences found exactly (${share})${withDigest ? `, spans digest ${digest.digest("hex").slice(0, 16)}` : ""}`;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf("--data");
  const folder = i >= 0 ? process.argv[i + 1]! : path.resolve(import.meta.dirname, "../../../shared/datasets/ud-sentences");
  for (const line of benchUdSentences(folder, process.argv.includes("--digest"))) console.log(line);
}
