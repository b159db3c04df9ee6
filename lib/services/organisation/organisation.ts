import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { organisation } from "@/db/schema";
import { authorize } from "@/lib/auth/permissions";
import { recordAudit } from "../audit";
import type { ServiceContext } from "../context";
import { optionalHttpUrl, optionalText } from "../fields";
import { parseInput } from "../validation";

export type OrganisationDto = {
  name: string;
  url: string | null;
  description: string | null;
  contactEmail: string | null;
  logoUrl: string | null;
};

const FALLBACK: OrganisationDto = { name: "Factdesk", url: null, description: null, contactEmail: null, logoUrl: null };

/** The newsroom's public details (shown to readers and in ClaimReview). */
export async function getOrganisation(): Promise<OrganisationDto> {
  const db = await getDb();
  const [row] = await db.select().from(organisation).where(eq(organisation.id, 1));
  if (!row) return FALLBACK;
  const { name, url, description, contactEmail, logoUrl } = row;
  return { name, url, description, contactEmail, logoUrl };
}

const organisationSchema = z.strictObject({
  name: z.string().trim().min(1, "Enter the organisation's name.").max(200),
  url: optionalHttpUrl,
  description: optionalText(2000),
  contactEmail: z
    .union([z.literal(""), z.email("Enter a valid email address.")])
    .nullish()
    .transform((v) => v || null),
  logoUrl: optionalHttpUrl,
});

/** Updates the organisation's details. */
export async function updateOrganisation(
  ctx: ServiceContext,
  input: z.input<typeof organisationSchema>,
): Promise<OrganisationDto> {
  authorize(ctx, "organisation:manage");
  const data = parseInput(organisationSchema, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(organisation).where(eq(organisation.id, 1));
    await tx
      .insert(organisation)
      .values({ id: 1, ...data, updatedBy: ctx.actor?.id ?? null })
      .onConflictDoUpdate({ target: organisation.id, set: { ...data, updatedBy: ctx.actor?.id ?? null, updatedAt: new Date() } });
    await recordAudit(tx, ctx, { action: "organisation.update", entityType: "organisation", entityId: "1", before, after: data });
    return data;
  });
}
