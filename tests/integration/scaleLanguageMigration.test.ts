import { eq, sql } from "drizzle-orm";
import { beforeEach, expect, test } from "vitest";
import { getDb } from "@/db/client";
import { ratingScales } from "@/db/schema";
import { getOrganisation } from "@/lib/services/organisation/getOrganisation";
import { updateOrganisation } from "@/lib/services/organisation/updateOrganisation";
import { getRatingScale } from "@/lib/services/ratingScales/getRatingScale";
import { saveRatingScale } from "@/lib/services/ratingScales/saveRatingScale";
import { anonymousCtx, freshNewsroom, type ActorContext } from "./factories";
import { migrationUpdates } from "./migrationUpdates";

// The data part of migration 0028 (rating_scales.language), run on newsrooms as they were before it, when a scale's own
// words were taken to be in the newsroom's language.

/** The migration's UPDATE statement (its column already exists here). */
function dataStatement(): string {
  const [statement] = migrationUpdates("0028_scale_language");
  if (!statement) throw new Error("no UPDATE in the migration");
  return statement;
}

let admin: ActorContext;

beforeEach(async () => ({ admin } = await freshNewsroom()));

/** The scale as it was before the migration: its language as the column's default gives it. */
async function migrated(newsroomLanguage: "en" | "es"): Promise<string> {
  await updateOrganisation(admin, { ...(await getOrganisation(await anonymousCtx())), interfaceLanguage: newsroomLanguage });
  const db = await getDb();
  await db.update(ratingScales).set({ language: "en" }).where(eq(ratingScales.id, (await getRatingScale(admin)).scaleId));
  await db.execute(sql.raw(dataStatement()));
  return (await getRatingScale(admin)).language;
}

async function renameAll(names: Record<string, string>) {
  const scale = await getRatingScale(admin);
  await saveRatingScale(admin, {
    version: scale.version,
    verdicts: scale.verdicts.map(({ lineageId, label, description, colour, retired }) => ({ lineageId, label: names[label] ?? label, description, colour, retired })),
  });
}

const SPANISH_NAMES = { False: "Falso", Misleading: "Engañoso", "Missing context": "Falta contexto", "Mostly true": "Casi verdadero", True: "Verdadero", Unproven: "Sin pruebas" };

test("the default scale, in any newsroom, is English", async () => {
  expect(await migrated("es")).toBe("en");
});

test("a scale that still names a verdict as the default does is English", async () => {
  await renameAll({ False: "Falso", True: "Verdadero" });
  expect(await migrated("es")).toBe("en");
});

test("a scale renamed throughout keeps what pages said of it: the newsroom's language", async () => {
  await renameAll(SPANISH_NAMES);
  expect(await migrated("es")).toBe("es");
});

test("in an English newsroom, every scale is English", async () => {
  await renameAll(SPANISH_NAMES);
  expect(await migrated("en")).toBe("en");
});
