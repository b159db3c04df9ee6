// The demo archive of "other fact-checkers' work": invented sample ClaimReviews (example.org addresses, a made-up
// publisher), imported through the same verb an editor uses, so that a demo claim shows a match on first start.

const PUBLISHER = { "@type": "Organization", name: "Example Fact Check Network (sample data)", url: "https://factcheck.example.org/" };

const review = (slug: string, claimReviewed: string, rating: string, datePublished: string, claimant?: string) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `https://factcheck.example.org/checks/${slug}`,
  claimReviewed,
  datePublished,
  inLanguage: "en",
  author: PUBLISHER,
  itemReviewed: claimant ? { "@type": "Claim", author: { "@type": "Person", name: claimant } } : undefined,
  reviewRating: { "@type": "Rating", alternateName: rating },
});

export const DEMO_FACT_CHECKS = [
  review("kremlin-drone-denial", "A spokesman for President Zelensky denied that Ukraine attacked the Kremlin with drones.", "True", "2023-05-03", "Serhii Nikiforov"),
  review("kremlin-drones-commercial", "The drones that hit the Kremlin were commercial models fitted with explosives.", "Unproven", "2023-05-05"),
  review("putin-in-kremlin", "Vladimir Putin was inside the Kremlin when the drones struck.", "False", "2023-05-04"),
  review("victory-day-cancelled", "Moscow cancelled its Victory Day parade after the drone attack on the Kremlin.", "False", "2023-05-06"),
  review("giza-snow", "A photo shows snow on the pyramids of Giza in 2023.", "False", "2023-02-10"),
  review("bridge-closure", "The Crimean bridge was closed to all traffic for a year after the 2022 explosion.", "Misleading", "2023-03-14"),
];
