import { openDatabase } from "@/lib/core/database";
import { ServiceError, ValidationError } from "@/lib/core/errors";
import { acceptTestSeedToken, runSeedRecipe } from "@/lib/demo/browserTestSeed";

// The browser tests' seed (lib/demo/browserTestSeed.ts). Named route.e2e.ts: next.config.js counts `e2e.ts` as a
// route file only in a build made for the browser tests, so a production build has no such route at all. Where it is
// built, it still answers as if it were not there (404) unless the request carries the token the test server was
// started with.

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** POST a JSON recipe (seedRecipeSchema) with `Authorization: Bearer <seed token>`; answers what it made, or why it made nothing. */
export async function POST(request: Request) {
  if (!acceptTestSeedToken(request.headers.get("authorization"))) return new Response(null, { status: 404, headers: NO_STORE });
  let recipe: unknown;
  try {
    recipe = await request.json();
  } catch {
    return Response.json({ error: "The recipe is not JSON." }, { status: 400, headers: NO_STORE });
  }
  try {
    return Response.json(await runSeedRecipe(await openDatabase(), recipe), { headers: NO_STORE });
  } catch (error) {
    const status = error instanceof ServiceError ? 400 : 500;
    const fields = error instanceof ValidationError ? error.fieldErrors : undefined;
    return Response.json({ error: (error as Error).message, fields }, { status, headers: NO_STORE });
  }
}
