import { eq } from "drizzle-orm";
import { z } from "zod";
import { organisation } from "@/db/schema";
import { DEFAULT_INTERFACE_LANGUAGE, interfaceLanguageOr } from "@/lib/domain/interfaceLanguages";
import { defineVerb } from "../verb";
import type { OrganisationDto } from "./organisationDto";

const FALLBACK: OrganisationDto = { name: "Factdesk", url: null, description: null, contactEmail: null, logoUrl: null, methodology: null, correctionsPolicy: null, interfaceLanguage: DEFAULT_INTERFACE_LANGUAGE };

/** The newsroom's public details. Public: readers see them on every page. */
export const getOrganisation = defineVerb({
  name: "getOrganisation",
  permission: "public",
  input: z.void(),
  audit: [],
  reads: "published",
}, async (ctx): Promise<OrganisationDto> => {
  const [row] = await ctx.db.select().from(organisation).where(eq(organisation.id, 1));
  if (!row) return FALLBACK;
  const { name, url, description, contactEmail, logoUrl, methodology, correctionsPolicy } = row;
  const interfaceLanguage = interfaceLanguageOr(row.interfaceLanguage);
  return { name, url, description, contactEmail, logoUrl, methodology, correctionsPolicy, interfaceLanguage };
});
