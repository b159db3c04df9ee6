import { headers } from "next/headers";
import { forbidden, notFound, redirect, unstable_rethrow } from "next/navigation";
import { getActor, mustEnrolTwoFactor } from "@/lib/auth";
import { roleCan, type Action } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/core/context";
import { classifyError } from "./errorTable";
import { safeNextPath } from "./safeRedirect";

// How pages answer the service's typed errors, as lib/web/errorTable.ts says: not found → 404, forbidden → 403,
// signed out → the sign-in page and back, the database down → DatabaseUnavailableError (the server answers 503 with a
// plain page).

/** The header the proxy sets to the path the visitor asked for (layouts do not know the page below them). */
export const REQUESTED_PATH_HEADER = "x-factdesk-path";

/** Where staff set up two-factor sign-in; the one desk page open to them while the newsroom requires it of them. */
export const TWO_FACTOR_PATH = "/desk/account/two-factor";

/**
 * For pages: the signed-in actor, sending anonymous visitors to the sign-in page (and back to `path` after),
 * staff who must still set up two-factor sign-in to its page, and answering 403 when the role may not take
 * `action` at all.
 */
export async function requirePageActor(path: string, action: Action = "desk:read"): Promise<Actor> {
  const actor = await forPage(getActor(), path);
  if (!actor) await redirectToSignIn(path);
  if (await forPage(mustEnrolTwoFactor(), path)) {
    const requested = (await headers()).get(REQUESTED_PATH_HEADER) ?? path;
    if (!requested.startsWith(TWO_FACTOR_PATH)) redirect(TWO_FACTOR_PATH);
  }
  if (!roleCan(actor!.role, action)) forbidden();
  return actor!;
}

/** Awaits a page's service read, answering its typed errors as pages should. `path` is where sign-in returns to. */
export async function forPage<T>(loading: Promise<T>, path = "/desk"): Promise<T> {
  try {
    return await loading;
  } catch (thrown) {
    unstable_rethrow(thrown);
    const { error, answer } = classifyError(thrown);
    if (answer?.page === "notFound") notFound();
    if (answer?.page === "forbidden") forbidden();
    if (answer?.page === "signIn") await redirectToSignIn(path);
    throw error;
  }
}

async function redirectToSignIn(path: string): Promise<never> {
  const requested = (await headers()).get(REQUESTED_PATH_HEADER) ?? path;
  redirect(`/login?next=${encodeURIComponent(safeNextPath(requested, path))}`);
}
