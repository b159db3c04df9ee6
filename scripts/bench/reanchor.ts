/**
 * Benchmark: re-anchor 1,000 claims on a ~20,000-word article after a handful of edits.
 * Run: npx tsx scripts/bench/reanchor.ts
 */
import { pathToFileURL } from "node:url";
import { seededRandom } from "../seededRandom";
import { formatTiming, timeAsync } from "./timing";
import { createAnchor, reanchorAll, type Anchor, type ReanchorStatus } from "../../lib/domain/anchoring";

// Sentences from the demo article (Daily Wire report on the Kremlin drone incident, May 2023, quoting
// NBC News, The Kyiv Independent and the Financial Times), embedded so the benchmark reads no files.
const SENTENCES = [
  "Russia accused Ukraine of attempting to assassinate Russian President Vladimir Putin after reporting that two drones crashed into the Kremlin on Wednesday.",
  "Videos circulating on social media appear to show a drone exploding and smoke rising over the roof of the Kremlin.",
  "Russia said in a statement posted to the Kremlin’s website that two drones were intercepted and shot down by Russian security forces and that the impacts caused no material damage to the Kremlin itself.",
  "“We regard these actions as a planned terrorist act and an attempt on the life of the president, carried out on the eve of Victory Day,” the statement said, according to NBC News.",
  "Victory Day is a celebration on May 9 commemorating Nazi Germany’s surrender in World War II.",
  "“The Russian side reserves the right to take retaliatory measures where and when it sees fit,” the Kremlin said.",
  "Serhii Nikiforov, a spokesman for Ukrainian President Volodymyr Zelensky, denied Russia’s allegations.",
  "In the immediate aftermath of the news of the alleged drone attack, Andriy Yermak, Zelensky’s chief of staff, posted onto his Telegram channel three fire emojis without any further explanation.",
  "He deleted the post shortly after, according to NBC News.",
  "The Kremlin said nobody was injured by the drone crash.",
  "Putin was away from the Kremlin at the time, the Kremlin said.",
  "If the attack was coordinated by Ukraine, it would represent a marked escalation in Ukraine’s attempts to pressure Putin.",
  "The drone strike follows a string of attacks in Russian territory, such as a train derailments and other drone strikes, most of which have gone unaddressed by the Ukrainian government.",
  "The incident comes ahead of an expected Ukraine counter-offensive to try and drive Russia out of Ukraine’s eastern regions.",
  "Some experts, such as Le Beck head of intelligence Michael Horowitz, questioned whether the incident at the Kremlin could be seen as an assassination attempt.",
  "The drones were probably launched from near Moscow by a small group, according to the Financial Times.",
];

const VARIANTS: readonly (readonly [string, readonly string[]])[] = [
  ["two", ["two", "three", "four", "several", "five"]],
  ["Wednesday", ["Wednesday", "Monday", "Tuesday", "Thursday", "Friday", "Saturday"]],
  ["Kremlin", ["Kremlin", "Kremlin", "Red Square", "Moscow citadel"]],
  ["NBC News", ["NBC News", "Reuters", "the BBC", "the Associated Press", "Le Monde"]],
  ["drone", ["drone", "drone", "UAV", "quadcopter"]],
  ["May 9", ["May 9", "May 8", "May 10"]],
  ["Victory Day", ["Victory Day", "the Victory Day parade"]],
];

const TARGET_WORDS = 20_000;
const CLAIMS = 1_000;
const ITERATIONS = 25;
const WARMUP = 3;


function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** ~20,000 words of paragraphs built from varied sentences of the sample article. */
export function generateArticle(seed = 1): string {
  // Seeded, so every run benchmarks the same article.
  const random = seededRandom(seed);
  const paragraphs: string[] = [];
  let words = 0;
  while (words < TARGET_WORDS) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(random() * 4);
    for (let i = 0; i < count; i += 1) {
      let sentence = pick(random, SENTENCES);
      for (const [from, to] of VARIANTS) sentence = sentence.replaceAll(from, pick(random, to));
      sentences.push(sentence);
    }
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  return paragraphs.join("\n");
}

/** 1,000 claims: one sentence (or its first clause) every ~n sentences, spread over the article. */
export function generateClaims(text: string, count = CLAIMS): Anchor[] {
  const sentences = [...text.matchAll(/[^\s][^.!?\n]*[.!?]”?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const anchors: Anchor[] = [];
  for (let i = 0; i < count; i += 1) {
    const s = sentences[Math.floor((i * sentences.length) / count)]!;
    const comma = text.indexOf(",", s.start);
    const end = i % 3 === 0 && comma > s.start + 10 && comma < s.end ? comma : s.end;
    anchors.push(createAnchor(text, s.start, end));
  }
  return anchors;
}

/** A handful of typical revisions: new lede, typo fix, reworded claim, deleted sentence, moved paragraph, appended update. */
export function reviseArticle(text: string): string {
  const paragraphs = text.split("\n");
  const at = (fraction: number) => Math.floor(paragraphs.length * fraction);
  paragraphs.splice(0, 0, "UPDATE: This article has been updated with a statement from the Ukrainian government.");
  const typo = at(0.2);
  paragraphs[typo] = paragraphs[typo]!.replace("drone", "dorne");
  const reword = at(0.4);
  paragraphs[reword] = paragraphs[reword]!.replace("crashed into", "reportedly struck").replace("denied", "rejected");
  const cut = at(0.55);
  paragraphs[cut] = paragraphs[cut]!.replace(/[^.]*\.\s?/, "");
  const [moved] = paragraphs.splice(at(0.7), 1);
  paragraphs.splice(at(0.3), 0, moved!);
  paragraphs.push("Correction: an earlier version of this article misstated the date of Victory Day.");
  return paragraphs.join("\n");
}

/** Times reanchorAll for 1,000 claims on a ~20,000-word article after a handful of edits; returns printable lines. */
export async function benchReanchor(): Promise<string[]> {
  const oldText = generateArticle();
  const newText = reviseArticle(oldText);
  const anchors = generateClaims(oldText);
  const words = oldText.split(/\s+/).length;

  const timing = await timeAsync(() => reanchorAll(oldText, newText, anchors), { warmup: WARMUP, runs: ITERATIONS });
  const statuses: Record<ReanchorStatus, number> = { unchanged: 0, moved: 0, changed: 0, orphaned: 0 };
  for (const r of reanchorAll(oldText, newText, anchors)) statuses[r.status] += 1;
  const ms = (n: number) => `${n.toFixed(1)} ms`;

  // Stress (single run): the whole body replaced by unrelated text, so every claim needs a full fuzzy search.
  const unrelated = generateArticle(2).replace(/[aeiou]/g, (vowel) => vowel.toUpperCase());
  const stressStarted = performance.now();
  const stressOrphans = reanchorAll(oldText, unrelated, anchors).filter((r) => r.status === "orphaned").length;
  const stressElapsed = performance.now() - stressStarted;

  return [
    formatTiming(`re-anchor ${anchors.length} claims on ${words} words (${oldText.length} chars) after 6 edits`, timing),
    `reanchor: ${Object.entries(statuses).map(([k, v]) => `${k} ${v}`).join(", ")}`,
    `reanchor stress (body replaced by unrelated text, 1 run): ${ms(stressElapsed)}, ${stressOrphans} orphaned`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchReanchor().then(
    (lines) => lines.forEach((line) => console.log(line)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
