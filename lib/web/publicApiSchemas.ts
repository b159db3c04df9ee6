import { z } from "zod";
import { MAX_VERSION_NUMBER } from "@/lib/services/publishing/publicArticle";

// The public API's contract: a Zod schema for every answer of app/api/v1 and app/api/oembed. The route handlers'
// answers are typed by them (z.infer; an extra or missing field does not compile), and lib/web/openApiDocument.ts
// generates the OpenAPI document's components from them (z.toJSONSchema). Objects are strict: the document says
// `additionalProperties: false`, so tests/integration/openApiResponses.test.ts fails on an undocumented field.

/** The components of the OpenAPI document: each schema registered here is emitted once and referenced by its id. */
export const apiComponents = z.registry<{ id: string }>();

/** An instant as the API writes it (Date#toISOString). */
const instant = () => z.iso.datetime({ offset: true });
const count = () => z.number().int().min(0);

export const errorDetailSchema = z.strictObject({
  status: z.number().int().min(400).max(599),
  message: z.string(),
  fields: z.record(z.string(), z.string()).optional().meta({ description: "For 400: what is wrong with each parameter." }),
});
apiComponents.add(errorDetailSchema, { id: "ErrorDetail" });

export const errorSchema = z.strictObject({ error: errorDetailSchema });
apiComponents.add(errorSchema, { id: "Error" });

export const articleSummarySchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  latestVersion: z.number().int().min(1),
  publishedAt: instant(),
  verdictCounts: z.record(z.string(), count()).meta({ description: "Claims per verdict label." }),
  url: z.url(),
  apiUrl: z.url(),
});
apiComponents.add(articleSummarySchema, { id: "ArticleSummary" });

/** A page of a list: its items, which page, how many a page holds and how many there are in all. */
const pageOf = <T extends z.ZodType>(item: T) =>
  z.strictObject({
    items: z.array(item).meta({ description: "Empty for a page past the last one." }),
    page: z.number().int().min(1),
    perPage: z.number().int().min(1).max(100),
    total: count(),
  });

export const articlePageSchema = pageOf(articleSummarySchema);
apiComponents.add(articlePageSchema, { id: "ArticlePage" });

const verdictSchema = z.strictObject({
  label: z.string(),
  description: z.string(),
  language: z
    .string()
    .nullable()
    .meta({
      description:
        "The language its label and description are written in (ISO 639-1): a translation's, or the rating scale's own words'; null when the version did not record it (published before it was).",
    }),
  position: z.number().int().min(1).meta({ description: "Its place in the scale as readers see it, 1…scaleSize (an order, not a measure of truth)." }),
  scaleSize: z.number().int().min(1),
  truthRank: z
    .number()
    .int()
    .min(1)
    .nullable()
    .meta({ description: "Its place on the truth scale, 1 = least true … bestTruthRank = most true; null for a verdict that rates no truth (such as Unproven)." }),
  bestTruthRank: z.number().int().min(1).nullable().meta({ description: "The highest place on the truth scale of the verdict's scale." }),
});

export const articleClaimSchema = z.strictObject({
  id: z.uuid(),
  number: z.number().int().min(1).meta({ description: "The number readers see for it in this version (1…n in reading order)." }),
  url: z.url().meta({ description: "Its place on the reader page; the same in every version." }),
  quote: z.string(),
  start: count(),
  end: count(),
  statement: z.string(),
  claimant: z.string(),
  claimantType: z
    .enum(["person", "organization"])
    .nullable()
    .meta({ description: "Whether the claimant is a person or an organisation, as the newsroom said; null when it did not." }),
  appearanceUrl: z.string().nullable().meta({ description: "Where the claim itself was made, when the newsroom linked it." }),
  verdict: verdictSchema,
  explanation: z.string(),
  sources: z.array(z.strictObject({ url: z.string(), title: z.string() })),
  reviewedAt: instant(),
  firstPublishedAt: instant().meta({
    description: "When the review was first published; later versions that leave it unchanged keep this date (ClaimReview datePublished).",
  }),
  modifiedAt: instant()
    .nullable()
    .meta({ description: "When a later version last changed its verdict, explanation or statement (ClaimReview dateModified); null while unchanged." }),
});

const versionEntrySchema = z.strictObject({
  number: z.number().int().min(1),
  publishedAt: instant(),
  changeNote: z.string(),
  isCorrection: z.boolean(),
});

const retractionEntrySchema = z.strictObject({
  version: z.number().int().min(1).meta({ description: "The version readers saw when it was retracted." }),
  retractedAt: instant(),
  reason: z.string(),
});

export const articleSchema = z.strictObject({
  slug: z.string(),
  url: z.url(),
  version: z.number().int().min(1),
  latestVersion: z.number().int().min(1),
  publishedAt: instant(),
  changeNote: z.string(),
  isCorrection: z.boolean(),
  title: z.string(),
  body: z.string(),
  language: z
    .string()
    .nullable()
    .meta({ description: "The language the article is written in (ISO 639-1, such as es); null when unknown (versions published before it was recorded)." }),
  source: z
    .strictObject({ outlet: z.string().nullable(), url: z.string().nullable(), author: z.string().nullable(), publishedOn: z.string().nullable() })
    .meta({ description: "The original article that was fact-checked, as the newsroom recorded it." }),
  claims: z.array(articleClaimSchema).meta({ description: "In reading order." }),
  versions: z.array(versionEntrySchema).meta({ description: "Every published version, newest first." }),
  retractions: z.array(retractionEntrySchema).meta({
    description: "Each time the article was retracted and later published again, newest first: the versions up to `version` were withdrawn then, for `reason`.",
  }),
});
apiComponents.add(articleSchema, { id: "Article" });

export const retractedSchema = z.strictObject({
  error: errorDetailSchema,
  slug: z.string(),
  title: z.string(),
  retractedAt: instant(),
  reason: z.string(),
});
apiComponents.add(retractedSchema, { id: "Retracted" });

/** A place a claim appeared (schema.org CreativeWork). */
const appearanceSchema = z.strictObject({
  "@type": z.literal("CreativeWork"),
  url: z.url(),
  datePublished: z.string().optional().meta({ description: "As the newsroom recorded it: a date or a time." }),
  publisher: z.strictObject({ "@type": z.literal("Organization"), name: z.string() }).optional(),
});

const ratingSchema = z
  .union([
    z.strictObject({
      "@type": z.literal("Rating"),
      alternateName: z.string(),
      ratingValue: z.number().int().min(1),
      bestRating: z.number().int().min(1),
      worstRating: z.literal(1),
    }),
    z.strictObject({ "@type": z.literal("Rating"), alternateName: z.string() }),
  ])
  .meta({
    description:
      "The verdict. ratingValue (1 = least true … bestRating = most true) only for a verdict on the truth scale; a verdict that rates no truth (such as Unproven) has only alternateName.",
  });

export const claimReviewSchema = z.strictObject({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  url: z.url(),
  claimReviewed: z.string(),
  inLanguage: z.string().meta({
    description:
      "The language the review is written in (ISO 639-1): that of its statement and explanation when they tell it, else that of its verdict's words (alternateName: a translation's, or the rating scale's own words'), else (versions published before that was recorded) the newsroom's.",
  }),
  datePublished: instant().meta({ description: "When the review was first published (not the version's time)." }),
  dateModified: instant().optional().meta({ description: "Present when a later version changed the review." }),
  author: z.strictObject({ "@type": z.literal("Organization"), name: z.string(), url: z.url(), logo: z.url().optional() }),
  itemReviewed: z.strictObject({
    "@type": z.literal("Claim"),
    author: z
      .strictObject({ "@type": z.enum(["Person", "Organization"]).optional(), name: z.string() })
      .optional()
      .meta({ description: "The claimant, typed as the newsroom said; untyped when nobody said." }),
    datePublished: z.string().optional().meta({ description: "When the claim was made, when known (the original article's date)." }),
    firstAppearance: appearanceSchema.optional(),
    appearance: z.array(appearanceSchema).optional(),
  }),
  reviewRating: ratingSchema,
}).meta({ description: "A schema.org ClaimReview (https://schema.org/ClaimReview)." });
apiComponents.add(claimReviewSchema, { id: "ClaimReview" });

export const claimReviewPageSchema = pageOf(claimReviewSchema);
apiComponents.add(claimReviewPageSchema, { id: "ClaimReviewPage" });

export const oEmbedSchema = z.strictObject({
  version: z.literal("1.0"),
  type: z.literal("rich"),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.url(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  html: z.string().meta({ description: "An iframe of the embed page." }),
});
apiComponents.add(oEmbedSchema, { id: "OEmbed" });

export type ApiError = z.infer<typeof errorSchema>;
export type ArticleSummaryDocument = z.infer<typeof articleSummarySchema>;
export type ArticlePageDocument = z.infer<typeof articlePageSchema>;
export type ArticleDocument = z.infer<typeof articleSchema>;
export type RetractedDocument = z.infer<typeof retractedSchema>;
export type ClaimReviewDocument = z.infer<typeof claimReviewSchema>;
export type ClaimReviewPageDocument = z.infer<typeof claimReviewPageSchema>;
export type OEmbedDocument = z.infer<typeof oEmbedSchema>;

// Query parameters. The lists' parameters are the services' own input schemas (lib/services/publishing), so what
// the document says is what they accept; these are the routes' own.

const VERSION = "Give version as a whole number, e.g. version=2.";

/** GET /api/v1/articles/{slug}: which version (the latest when absent). */
export const articleQuerySchema = z.strictObject({
  version: z.coerce
    .number(VERSION)
    .int(VERSION)
    .min(1, "Versions are numbered from 1.")
    .max(MAX_VERSION_NUMBER, `Give version as a whole number up to ${MAX_VERSION_NUMBER.toLocaleString("en")}.`)
    .optional(),
});

/** GET /api/v1/articles/{slug}: the path parameter (any other slug names no fact-check: 404). */
export const slugSchema = z.string().regex(/^[a-z0-9-]{1,100}$/);

const size = (name: string) =>
  z.coerce
    .number(`Give ${name} as a whole number of pixels.`)
    .int(`Give ${name} as a whole number of pixels.`)
    .min(100, `Give ${name} of at least 100 pixels.`)
    .max(4000, `Give ${name} of at most 4000 pixels.`)
    .optional();

/** GET /api/oembed: oEmbed's parameters (https://oembed.com §2.2); a format other than json is answered 501. */
export const oEmbedQuerySchema = z.object({
  url: z
    .string("Give the address of a fact-check or of a fact-checked claim in url.")
    // Any text: an address that is not one of this site's fact-checks (or not an address at all) is answered 404.
    .min(1, "Give the address of a fact-check or of a fact-checked claim in url."),
  format: z.string().optional().meta({ enum: ["json"] }),
  maxwidth: size("maxwidth"),
  maxheight: size("maxheight"),
});
