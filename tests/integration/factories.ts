import { randomUUID } from "node:crypto";
import type { Role } from "@/db/schema";
import type { ServiceContext } from "@/lib/services/context";
import { SYSTEM_CONTEXT } from "@/lib/services/context";
import { createArticle } from "@/lib/services/articles/createArticle";
import { createUser } from "@/lib/services/users/createUser";

export const TEST_PASSWORD = "correct horse battery staple";

/** A new account of the given role and a service context acting as it. */
export async function makeUser(role: Role, name: string = role): Promise<ServiceContext & { actor: NonNullable<ServiceContext["actor"]> }> {
  const email = `${name}-${randomUUID().slice(0, 8)}@example.test`;
  const { user } = await createUser(SYSTEM_CONTEXT, { email, displayName: `${name} user`, role, password: TEST_PASSWORD });
  return { actor: { id: user.id, role: user.role, displayName: user.displayName, email: user.email } };
}

export const SAMPLE_BODY = [
  "The mayor said unemployment fell to 3.2 percent last year.",
  "Critics say the figure leaves out part-time workers.",
  "“We built 4,000 new homes,” the mayor added.",
].join("\n");

/** An article with a known body, created by the given editor. */
export async function makeArticle(editor: ServiceContext, title = "Mayor's claims") {
  return createArticle(editor, { title, body: SAMPLE_BODY, sourceOutlet: "Daily Example" });
}

/** Offsets of `quote` in the sample body. */
export function spanOf(quote: string, body = SAMPLE_BODY): { start: number; end: number } {
  const start = body.indexOf(quote);
  if (start < 0) throw new Error(`quote not in body: ${quote}`);
  return { start, end: start + quote.length };
}
