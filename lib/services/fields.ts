import { z } from "zod";

/** Optional free text from a form: trimmed, empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep it under ${max} characters.`)
    .nullish()
    .transform((v) => v || null);

/** Optional http(s) address from a form: empty becomes null. */
export const optionalHttpUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "Enter a full web address starting with http:// or https://." })])
  .nullish()
  .transform((v) => v || null);

/** Optional calendar date (YYYY-MM-DD) from a form: empty becomes null. */
export const optionalDate = z
  .union([z.literal(""), z.iso.date("Enter a date as YYYY-MM-DD.")])
  .nullish()
  .transform((v) => v || null);

/** The optimistic-lock version a client read. */
export const versionField = z.coerce.number().int().positive();

export { MAX_ARTICLE_CHARACTERS } from "@/lib/domain/limits";

/** A claim and the version of it the client read. */
export const claimRef = { claimId: z.uuid("Unknown claim."), version: versionField };
