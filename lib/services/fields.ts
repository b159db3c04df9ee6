import { z } from "zod";
import { MAX_URL_CHARACTERS } from "@/lib/domain/limits";
import { said } from "@/lib/core/zodWords";


/** Optional free text from a form: trimmed, empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, said("keepItUnder", { max: String(max) }))
    .nullish()
    .transform((v) => v || null);

/** Optional http(s) address from a form: empty becomes null. */
export const optionalHttpUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: said("enterFullWebAddress") })])
  .nullish()
  .transform((v) => v || null);

/** Whether a claimant is a person or an organisation (ClaimReview's author type); null: not said. */
export const claimantTypeField = z.enum(["person", "organization"], said("chooseClaimantType")).nullable();

/** Where a claim itself was made: an http(s) address, or empty/null for none. */
export const appearanceUrlField = z
  .string()
  .trim()
  .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/, error: said("enterFullWebAddress") }).max(MAX_URL_CHARACTERS, said("webAddressTooLong"))]))
  .nullable()
  .transform((v) => v || null);

/** Optional calendar date (YYYY-MM-DD) from a form: empty becomes null. */
export const optionalDate = z
  .union([
    z.literal(""),
    // There is no year 0 (Postgres refuses it); a four-digit year is at most 9999.
    z.iso.date(said("enterDate")).refine((day) => !day.startsWith("0000"), said("enterDateFromYearOne")),
  ])
  .nullish()
  .transform((v) => v || null);

/** The optimistic-lock version a client read. */
export const versionField = z.coerce.number().int().positive();

/** A claim and the version of it the client read. */
export const claimRef = { claimId: z.uuid(said("unknownClaim")), version: versionField };

const DAY_MESSAGE = said("enterDay");

/** A calendar day (UTC) that exists, from 2000 on: 2026-02-30 is refused, not rolled over into March. */
export const calendarDay = z
  .string(DAY_MESSAGE)
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, DAY_MESSAGE)
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value && parsed.getUTCFullYear() >= 2000;
  }, DAY_MESSAGE);
