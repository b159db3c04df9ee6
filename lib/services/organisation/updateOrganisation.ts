import { eq } from "drizzle-orm";
import { z } from "zod";
import { organisation } from "@/db/schema";
import { recordAudit } from "../audit/recordAudit";
import { optionalHttpUrl, optionalText } from "../fields";
import { bumpPublicGeneration } from "../publishing/publicGeneration";
import { transaction } from "../transaction";
import { defineVerb } from "../verb";
import type { OrganisationDto } from "./organisationDto";
import { MAX_NAME_CHARACTERS, MAX_ORGANISATION_DESCRIPTION_CHARACTERS, MAX_TRANSPARENCY_CHARACTERS } from "@/lib/domain/limits";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { ORGANISATION_KEY } from "@/lib/domain/surrogateKeys";
import { said } from "@/lib/core/zodWords";

const organisationSchema = z.strictObject({
  name: z.string().trim().min(1, said("enterOrganisationName")).max(MAX_NAME_CHARACTERS),
  url: optionalHttpUrl,
  description: optionalText(MAX_ORGANISATION_DESCRIPTION_CHARACTERS),
  contactEmail: z
    .union([z.literal(""), z.email(said("enterValidEmailAddress"))])
    .nullish()
    .transform((v) => v || null),
  logoUrl: optionalHttpUrl,
  methodology: optionalText(MAX_TRANSPARENCY_CHARACTERS),
  correctionsPolicy: optionalText(MAX_TRANSPARENCY_CHARACTERS),
  /** Left out (or empty): kept as it is. */
  interfaceLanguage: z.preprocess((code) => code || undefined, z.enum(INTERFACE_LANGUAGES, said("chooseInterfaceLanguage")).optional()),
});

/** Updates the organisation's details. */
export const updateOrganisation = defineVerb(
  {
    name: "updateOrganisation",
    permission: "organisation:manage",
    input: organisationSchema,
    audit: [{ action: "organisation.update", entityType: "organisation", records: "both" }],
  },
  async (ctx, data, actor): Promise<OrganisationDto> => {
    return transaction(ctx, async (tx) => {
      const [before] = await tx.db.select().from(organisation).where(eq(organisation.id, 1)).for("update");
      const [saved] = await tx.db
        .insert(organisation)
        .values({ id: 1, ...data, updatedBy: actor?.id ?? null })
        .onConflictDoUpdate({ target: organisation.id, set: { ...data, updatedBy: actor?.id ?? null, updatedAt: new Date() } })
        .returning({ interfaceLanguage: organisation.interfaceLanguage });
      const after: OrganisationDto = { ...data, interfaceLanguage: saved!.interfaceLanguage as OrganisationDto["interfaceLanguage"] };
      const { name, url, description, contactEmail, logoUrl, methodology, correctionsPolicy, interfaceLanguage } = before ?? {};
      await recordAudit(tx, {
        action: "organisation.update",
        entityType: "organisation",
        entityId: "1",
        before: before ? { name, url, description, contactEmail, logoUrl, methodology, correctionsPolicy, interfaceLanguage } : null,
        after,
      });
      // The name heads every public page, in its language; the about and corrections pages show the rest.
      await bumpPublicGeneration(tx, [ORGANISATION_KEY]);
      return after;
    });
  },
);
