// Example reviews for the demo newsroom. They show how Factdesk is used; they are not real fact-checks.

export type DemoReview = {
  quote: string;
  statement: string;
  claimant: string;
  /** Whether the claimant is a person or an organisation, as a desk would say (the outlet's claims: left to its default). */
  claimantType?: "person" | "organization";
  verdict: string;
  explanation: string;
  sources: { url: string; title: string }[];
  /** How far the demo takes the claim through the workflow. */
  stage: "signed_off" | "needs_signoff" | "in_progress" | "new";
};

export const DEMO_REVIEWS: DemoReview[] = [
  {
    quote:
      "Russia said in a statement posted to the Kremlin’s website that two drones were intercepted and shot down by Russian security forces and that the impacts caused no material damage to the Kremlin itself.",
    statement: "Two drones were shot down over the Kremlin and caused no material damage to it.",
    claimant: "Kremlin statement",
    claimantType: "organization",
    verdict: "Unproven",
    explanation:
      "The Kremlin's statement is the only source for the interception and for the extent of the damage. Videos show an explosion above the Senate Palace roof, but no independent inspection has been reported.",
    sources: [{ url: "https://en.wikipedia.org/wiki/2023_Kremlin_drone_attack", title: "2023 Kremlin drone attack (overview)" }],
    stage: "signed_off",
  },
  {
    quote: "Victory Day is a celebration on May 9 commemorating Nazi Germany’s surrender in World War II.",
    statement: "Victory Day, on May 9, commemorates Nazi Germany's surrender in World War II.",
    claimant: "The Daily Wire",
    verdict: "True",
    explanation:
      "Russia marks Victory Day on May 9: Germany's surrender took effect late on May 8, 1945, Central European time, which was already May 9 in Moscow.",
    sources: [{ url: "https://en.wikipedia.org/wiki/Victory_Day_(9_May)", title: "Victory Day (9 May)" }],
    stage: "signed_off",
  },
  {
    quote: "Putin was away from the Kremlin at the time, the Kremlin said.",
    statement: "Vladimir Putin was not in the Kremlin when the drones were brought down.",
    claimant: "Kremlin spokesman",
    claimantType: "person",
    verdict: "Mostly true",
    explanation:
      "The Kremlin said the president was working at his Novo-Ogaryovo residence outside Moscow that night. This was not independently confirmed, but nothing reported since contradicts it.",
    sources: [{ url: "https://en.wikipedia.org/wiki/Novo-Ogaryovo", title: "Novo-Ogaryovo residence" }],
    stage: "signed_off",
  },
  {
    quote:
      "The drone strike follows a string of attacks in Russian territory, such as a train derailments and other drone strikes, most of which have gone unaddressed by the Ukrainian government.",
    statement: "Most earlier attacks on Russian territory went unaddressed by the Ukrainian government.",
    claimant: "The Daily Wire",
    verdict: "Missing context",
    explanation:
      "Ukraine's government rarely claims attacks inside Russia, but officials have commented on several of them indirectly. 'Unaddressed' leaves out that a policy of ambiguity was stated openly.",
    sources: [],
    stage: "needs_signoff",
  },
  {
    quote:
      "Ruslan Pukhov, director of the Moscow defense think tank Center for Analysis of Strategies and Technologies, said that the drones that crashed into the Kremlin could have been purchased commercially and outfitted with explosives.",
    statement: "The drones could have been bought commercially and fitted with explosives.",
    claimant: "Ruslan Pukhov",
    claimantType: "person",
    verdict: "",
    explanation: "",
    sources: [],
    stage: "in_progress",
  },
  {
    quote: "Serhii Nikiforov, a spokesman for Ukrainian President Volodymyr Zelensky, denied Russia’s allegations.",
    statement: "Zelensky's spokesman Serhii Nikiforov denied that Ukraine attacked the Kremlin.",
    claimant: "The Daily Wire",
    verdict: "",
    explanation: "",
    sources: [],
    stage: "new",
  },
];

export const DEMO_DRAFT = {
  title: "City Transit Ridership Hits Record, Council Says (demo draft)",
  sourceOutlet: "Factdesk demo",
  body: [
    "The city council said on Monday that bus and tram ridership reached 412 million trips last year, the highest figure on record.",
    "Council leader Maria Ortega told reporters that fares have not risen since 2019.",
    "“We cut journey times by a fifth on every major route,” Ortega said.",
    "Opposition members questioned the figures, saying the count now includes free transfers.",
    "The council will publish the full report next month.",
  ].join("\n"),
};
