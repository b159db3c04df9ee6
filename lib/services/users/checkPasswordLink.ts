import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { safeParsed } from "../validation";
import { defineVerb } from "../verb";
import type { PasswordLinkStateDto } from "./passwordLinkDto";
import { findLink, linkState, plausibleToken } from "./passwordLinks";

const checkSchema = z.strictObject({ token: z.string() });

/**
 * Public: whether a set-password link still works, for the page it leads to. The token itself is the
 * authorization: only its holder can name it, and it says nothing about any other account.
 */
export const checkPasswordLink = defineVerb({
  name: "checkPasswordLink",
  // A set-password link: its token is the authorization (only its holder can name it).
  permission: "public",
  input: safeParsed(checkSchema),
  audit: [],
}, async (ctx, parsed): Promise<PasswordLinkStateDto> => {
  if (!parsed.success || !plausibleToken(parsed.data.token)) return { state: "unknown" };
  const link = await findLink(ctx.db, parsed.data.token);
  if (!link) return { state: "unknown" };
  const [user] = await ctx.db
    .select({ email: users.email, displayName: users.displayName, active: users.active })
    .from(users)
    .where(eq(users.id, link.userId));
  const state = linkState(link, user);
  if (state !== "valid") return { state };
  return { state, email: user!.email, displayName: user!.displayName, expiresAt: link.expiresAt };
});
