// The table of tricky sentence-splitting cases, shared by the unit test and scripts/compare-splitters.ts.
import { readFileSync } from "node:fs";
import type { SentenceKind } from "../../lib/domain/sentences/splitSentences";

/** An expected span: a plain string is a sentence ("sentence" or "bullet"); an object names a non-claim kind. */
export type ExpectedSpan = string | { text: string; kind: SentenceKind };

export type SplitCase = { name: string; input: string; expected: readonly ExpectedSpan[] };

export const SAMPLE_ARTICLE = readFileSync(
  new URL("../fixtures/sample-article-kremlin-drones.txt", import.meta.url),
  "utf8",
);

const url = (text: string) => ({ text, kind: "url" as const });
const promotion = (text: string) => ({ text, kind: "promotion" as const });
const credit = (text: string) => ({ text, kind: "credit" as const });
const byline = (text: string) => ({ text, kind: "byline" as const });
const dateline = (text: string) => ({ text, kind: "dateline" as const });
const heading = (text: string) => ({ text, kind: "heading" as const });
const note = (text: string) => ({ text, kind: "note" as const });

export const SPLIT_CASES: readonly SplitCase[] = [
  { name: "two plain sentences", input: "The sky is blue. The grass is green.", expected: ["The sky is blue.", "The grass is green."] },
  {
    name: "titles Mr. and Dr.",
    input: "Mr. Smith met Dr. Jones on Monday. They talked for an hour.",
    expected: ["Mr. Smith met Dr. Jones on Monday.", "They talked for an hour."],
  },
  {
    name: "U.S. inside a sentence",
    input: "The U.S. Senate voted 52-48 on Tuesday. The bill now goes to the House.",
    expected: ["The U.S. Senate voted 52-48 on Tuesday.", "The bill now goes to the House."],
  },
  {
    name: "U.S. ending a sentence",
    input: "The drones were not made in the U.S. The Pentagon declined to comment.",
    expected: ["The drones were not made in the U.S.", "The Pentagon declined to comment."],
  },
  {
    name: "No. 10",
    input: "He spoke outside No. 10 Downing Street. Reporters shouted questions.",
    expected: ["He spoke outside No. 10 Downing Street.", "Reporters shouted questions."],
  },
  {
    name: "a.m. and p.m.",
    input: "The blast happened at 3 a.m. local time. A second followed at 4:15 p.m. The city was sealed off.",
    expected: ["The blast happened at 3 a.m. local time.", "A second followed at 4:15 p.m.", "The city was sealed off."],
  },
  {
    name: "abbreviated month",
    input: "The vote is set for Jan. 6, 2025. Officials expect a record turnout.",
    expected: ["The vote is set for Jan. 6, 2025.", "Officials expect a record turnout."],
  },
  {
    name: "military titles",
    input: "Gen. Valery Gerasimov was not present. Lt. Col. Ivan Petrov confirmed it.",
    expected: ["Gen. Valery Gerasimov was not present.", "Lt. Col. Ivan Petrov confirmed it."],
  },
  {
    name: "political titles",
    input: "Sen. Elizabeth Warren spoke first. Rep. Alexandria Ocasio-Cortez left early. Gov. Ron DeSantis did not attend.",
    expected: ["Sen. Elizabeth Warren spoke first.", "Rep. Alexandria Ocasio-Cortez left early.", "Gov. Ron DeSantis did not attend."],
  },
  {
    name: "money and percentages",
    input: "The deal is worth $3.5 billion. Shares rose 2.5% on the news.",
    expected: ["The deal is worth $3.5 billion.", "Shares rose 2.5% on the news."],
  },
  {
    name: "sentence starting with a number",
    input: "Turnout fell to 61.2% in 2022. 40 million people did not vote.",
    expected: ["Turnout fell to 61.2% in 2022.", "40 million people did not vote."],
  },
  {
    name: "curly quotes ending sentences",
    input: "“We will respond,” Peskov said. “The attack will not go unpunished.” Ukraine denied involvement.",
    expected: ["“We will respond,” Peskov said.", "“The attack will not go unpunished.”", "Ukraine denied involvement."],
  },
  {
    name: "straight quotes ending sentences",
    input: '"This is a provocation," he said. "We did not do it." The ministry agreed.',
    expected: ['"This is a provocation," he said.', '"We did not do it."', "The ministry agreed."],
  },
  {
    name: "question in a quote, lowercase attribution",
    input: "“Why now?” he asked. Nobody answered.",
    expected: ["“Why now?” he asked.", "Nobody answered."],
  },
  {
    name: "question in a quote, named attribution",
    input: "“Who benefits from this?” Zelensky asked reporters. He did not elaborate.",
    expected: ["“Who benefits from this?” Zelensky asked reporters.", "He did not elaborate."],
  },
  {
    name: "exclamation",
    input: "It worked! The drones were shot down.",
    expected: ["It worked!", "The drones were shot down."],
  },
  {
    name: "nested quotation inside a sentence",
    input: "“He told me, ‘We will strike back,’ and then he left,” the official said. The Kremlin did not confirm it.",
    expected: ["“He told me, ‘We will strike back,’ and then he left,” the official said.", "The Kremlin did not confirm it."],
  },
  {
    name: "nested quotation closing the sentence",
    input: "“Peskov told us, ‘This is a terrorist act.’” That was the first statement.",
    expected: ["“Peskov told us, ‘This is a terrorist act.’”", "That was the first statement."],
  },
  {
    name: "nested straight quotes",
    input: `He said: "They called it 'a planned terrorist act.'" The claim was not verified.`,
    expected: [`He said: "They called it 'a planned terrorist act.'"`, "The claim was not verified."],
  },
  {
    name: "ellipsis before lowercase",
    input: "He paused... and then continued his speech. The crowd cheered.",
    expected: ["He paused... and then continued his speech.", "The crowd cheered."],
  },
  {
    name: "ellipsis ending a sentence",
    input: "We waited for news… Nothing came.",
    expected: ["We waited for news…", "Nothing came."],
  },
  {
    name: "spaced ellipsis",
    input: "He said . . . nothing. Then he left.",
    expected: ["He said . . . nothing.", "Then he left."],
  },
  {
    name: "URL inside a sentence",
    input: "Read the full report at https://www.example.com/reports/2023.v2/index.html?id=5. It was published on Monday.",
    expected: ["Read the full report at https://www.example.com/reports/2023.v2/index.html?id=5.", "It was published on Monday."],
  },
  {
    name: "e-mail address",
    input: "Contact jane.doe@news.example.com for comment. She did not reply.",
    expected: ["Contact jane.doe@news.example.com for comment.", "She did not reply."],
  },
  {
    name: "bare URL line",
    input: "The video spread quickly.\nhttps://twitter.com/spectatorindex/status/1653736246370512896\nIt was viewed millions of times.",
    expected: ["The video spread quickly.", url("https://twitter.com/spectatorindex/status/1653736246370512896"), "It was viewed millions of times."],
  },
  {
    name: "shouted promotion",
    input: "Putin was away at the time.\nCLICK HERE TO GET THE DAILYWIRE+ APP\nThe strike follows other attacks.",
    expected: ["Putin was away at the time.", promotion("CLICK HERE TO GET THE DAILYWIRE+ APP"), "The strike follows other attacks."],
  },
  {
    name: "subscribe and sign-up promotions",
    input: "Subscribe to our newsletter for daily updates.\nSign up for the Morning Brief\nRead more: Kremlin drone attack explained",
    expected: [
      promotion("Subscribe to our newsletter for daily updates."),
      promotion("Sign up for the Morning Brief"),
      promotion("Read more: Kremlin drone attack explained"),
    ],
  },
  {
    name: "photo credits",
    input: "Photo: Reuters/Evgenia Novozhenina\n(Getty Images)\nMikhail Metzel/Sputnik/AFP via Getty Images",
    expected: [credit("Photo: Reuters/Evgenia Novozhenina"), credit("(Getty Images)"), credit("Mikhail Metzel/Sputnik/AFP via Getty Images")],
  },
  {
    name: "credit after a caption sentence",
    input: "Smoke rises over the Kremlin. (AP Photo/Alexander Zemlianichenko)",
    expected: ["Smoke rises over the Kremlin.", credit("(AP Photo/Alexander Zemlianichenko)")],
  },
  {
    name: "embedded tweet attribution",
    input: "— The Spectator Index (@spectatorindex) May 3, 2023",
    expected: [credit("— The Spectator Index (@spectatorindex) May 3, 2023")],
  },
  {
    name: "bylines but not a sentence starting with By",
    input: "By Jane Doe and John Roe\nBy JANE DOE | May 3, 2023\nBy Wednesday evening, the fires had been put out.",
    expected: [byline("By Jane Doe and John Roe"), byline("By JANE DOE | May 3, 2023"), "By Wednesday evening, the fires had been put out."],
  },
  {
    name: "dateline lines",
    input: "Published May 3, 2023 10:12am EDT\nUpdated 2 hours ago\nThe Kremlin spoke.",
    expected: [dateline("Published May 3, 2023 10:12am EDT"), dateline("Updated 2 hours ago"), "The Kremlin spoke."],
  },
  {
    name: "dateline opening a paragraph",
    input: "KYIV, Ukraine (AP) — Ukraine denied any involvement in the attack. Officials called it a provocation.",
    expected: [dateline("KYIV, Ukraine (AP) —"), "Ukraine denied any involvement in the attack.", "Officials called it a provocation."],
  },
  {
    name: "dateline with a date, Reuters style",
    input: "MOSCOW, May 3 (Reuters) - Russia said on Wednesday it had shot down two drones.",
    expected: [dateline("MOSCOW, May 3 (Reuters) -"), "Russia said on Wednesday it had shot down two drones."],
  },
  {
    name: "advertisement, editor's note and staff credits",
    input: "Advertisement · Scroll to continue\nEditor's note: This story has been updated.\nReporting by Reuters; Editing by Andrew Osborn",
    expected: [
      promotion("Advertisement · Scroll to continue"),
      note("Editor's note: This story has been updated."),
      credit("Reporting by Reuters; Editing by Andrew Osborn"),
    ],
  },
  {
    name: "exclamation in a quote with attribution",
    input: "“Glory to Ukraine!” the crowd chanted. Police watched.",
    expected: ["“Glory to Ukraine!” the crowd chanted.", "Police watched."],
  },
  {
    name: "U.S. before a quoted sentence",
    input: "He said the drones came from the U.S. “That is absurd,” a State Department spokesman said.",
    expected: ["He said the drones came from the U.S.", "“That is absurd,” a State Department spokesman said."],
  },
  {
    name: "Markdown heading",
    input: "## Kremlin says drones were shot down\nThe statement came on Wednesday.",
    expected: [heading("Kremlin says drones were shot down"), "The statement came on Wednesday."],
  },
  {
    name: "headline without punctuation",
    input: "Russia accuses Ukraine of trying to kill Putin with drones\n\nThe Kremlin said two drones were downed.",
    expected: [heading("Russia accuses Ukraine of trying to kill Putin with drones"), "The Kremlin said two drones were downed."],
  },
  {
    name: "bullets",
    input: "Key facts\n- Two drones were shot down over the Kremlin.\n• Putin was not in the building\n* Damage",
    expected: [heading("Key facts"), "Two drones were shot down over the Kremlin.", "Putin was not in the building", "Damage"],
  },
  {
    name: "numbered list with two sentences in an item",
    input: "1. The drones flew at night. They were downed.\n2) No one was hurt.",
    expected: ["The drones flew at night.", "They were downed.", "No one was hurt."],
  },
  {
    name: "a sentence never spans a line break",
    input: "The Kremlin said that\nthe drones were shot down.",
    expected: [heading("The Kremlin said that"), "the drones were shot down."],
  },
  {
    name: "CRLF line endings",
    input: "One sentence is here.\r\nAnother one is there.\r\n",
    expected: ["One sentence is here.", "Another one is there."],
  },
  {
    name: "initials",
    input: "George W. Bush visited Kyiv. John F. Kennedy did not.",
    expected: ["George W. Bush visited Kyiv.", "John F. Kennedy did not."],
  },
  {
    name: "e.g. and i.e.",
    input: "Some weapons, e.g. drones, are cheap. Others, i.e. missiles, are not.",
    expected: ["Some weapons, e.g. drones, are cheap.", "Others, i.e. missiles, are not."],
  },
  {
    name: "etc. ending a sentence",
    input: "They bought drones, rifles, etc. The total cost is unknown.",
    expected: ["They bought drones, rifles, etc.", "The total cost is unknown."],
  },
  {
    name: "company suffixes",
    input: "Apple Inc. said profits rose. Acme Corp. Chief Executive Jane Roe resigned.",
    expected: ["Apple Inc. said profits rose.", "Acme Corp. Chief Executive Jane Roe resigned."],
  },
  {
    name: "D.C. ending a sentence",
    input: "Protests spread to Washington, D.C. The police made arrests.",
    expected: ["Protests spread to Washington, D.C.", "The police made arrests."],
  },
  {
    name: "St. before lowercase",
    input: "He lives on Main St. in Springfield. It is a quiet street.",
    expected: ["He lives on Main St. in Springfield.", "It is a quiet street."],
  },
  {
    name: "parenthesised sentence",
    input: "The Kremlin blamed Kyiv. (Ukraine denied this.) Talks were cancelled.",
    expected: ["The Kremlin blamed Kyiv.", "(Ukraine denied this.)", "Talks were cancelled."],
  },
  {
    name: "hashtags and handles",
    input: "Horowitz wrote that @michaelh992 saw it as symbolic. #Ukraine is trending.",
    expected: ["Horowitz wrote that @michaelh992 saw it as symbolic.", "#Ukraine is trending."],
  },
  {
    name: "thousands separators and ranges",
    input: "About 1,200 people, or 3.4% of residents, left. Some 50-60 returned.",
    expected: ["About 1,200 people, or 3.4% of residents, left.", "Some 50-60 returned."],
  },
  {
    name: "combined ?! and a one-word sentence",
    input: "Really?! That is what the Kremlin claimed. Yes.",
    expected: ["Really?!", "That is what the Kremlin claimed.", "Yes."],
  },
  {
    name: "no as an ordinary word",
    input: "The answer was no. The talks ended.",
    expected: ["The answer was no.", "The talks ended."],
  },
  {
    name: "vs.",
    input: "It was Russia vs. Ukraine at the UN. The vote failed.",
    expected: ["It was Russia vs. Ukraine at the UN.", "The vote failed."],
  },
  {
    name: "a.m. before a name, with a non-breaking space",
    input: "The drones hit at 2\u00a0a.m. Moscow time. Nobody was hurt.",
    expected: ["The drones hit at 2\u00a0a.m. Moscow time.", "Nobody was hurt."],
  },
  {
    name: "degree abbreviation",
    input: "She holds a Ph.D. in physics. She works in Kyiv.",
    expected: ["She holds a Ph.D. in physics.", "She works in Kyiv."],
  },
  {
    name: "byte-order mark and indentation",
    input: "\uFEFF  First sentence is here.   Second sentence is there.  ",
    expected: ["First sentence is here.", "Second sentence is there."],
  },
  {
    name: "sample article",
    input: SAMPLE_ARTICLE,
    expected: [
      "Russia accused Ukraine of attempting to assassinate Russian President Vladimir Putin after reporting that two drones crashed into the Kremlin on Wednesday.",
      "Videos circulating on social media appear to show a drone exploding and smoke rising over the roof of the Kremlin.",
      "Russia said in a statement posted to the Kremlin’s website that two drones were intercepted and shot down by Russian security forces and that the impacts caused no material damage to the Kremlin itself.",
      url("https://twitter.com/spectatorindex/status/1653736246370512896"),
      "“We regard these actions as a planned terrorist act and an attempt on the life of the president, carried out on the eve of Victory Day,” the statement said, according to NBC News.",
      "Victory Day is a celebration on May 9 commemorating Nazi Germany’s surrender in World War II.",
      "“The Russian side reserves the right to take retaliatory measures where and when it sees fit,” the Kremlin said.",
      "Serhii Nikiforov, a spokesman for Ukrainian President Volodymyr Zelensky, denied Russia’s allegations.",
      "“We have no information about the so-called overnight attacks on the Kremlin, but as President Zelensky has repeatedly stated, Ukraine is directing all available forces and means to liberate its own territories, not to attack others,” said Nikiforov, according to The Kyiv Independent.",
      "In the immediate aftermath of the news of the alleged drone attack, Andriy Yermak, Zelensky’s chief of staff, posted onto his Telegram channel three fire emojis without any further explanation.",
      "He deleted the post shortly after, according to NBC News.",
      "The Kremlin said nobody was injured by the drone crash.",
      "Putin was away from the Kremlin at the time, the Kremlin said.",
      promotion("CLICK HERE TO GET THE DAILYWIRE+ APP"),
      "If the attack was coordinated by Ukraine, it would represent a marked escalation in Ukraine’s attempts to pressure Putin.",
      "The drone strike follows a string of attacks in Russian territory, such as a train derailments and other drone strikes, most of which have gone unaddressed by the Ukrainian government.",
      "The incident comes ahead of an expected Ukraine counter-offensive to try and drive Russia out of Ukraine’s eastern regions.",
      "Some experts, such as Le Beck head of intelligence Michael Horowitz, questioned whether the incident at the Kremlin could be seen as an assassination attempt.",
      "“To be clear, this really doesn’t look anything like an assassination attempt,” he said on Twitter.",
      "“This looks like #Ukraine (assuming it was Ukraine) is trying to bring the war home to #Russia, by hitting symbolic targets.”",
      "Ruslan Pukhov, director of the Moscow defense think tank Center for Analysis of Strategies and Technologies, said that the drones that crashed into the Kremlin could have been purchased commercially and outfitted with explosives.",
      "The drones were probably launched from near Moscow by a small group, according to the Financial Times.",
    ],
  },
];

/** The expected text of a span. */
export function expectedText(span: ExpectedSpan): string {
  return typeof span === "string" ? span : span.text;
}
