import type { Role } from "@/db/schema";

export type Actor = { id: string; role: Role; displayName: string; email: string };

/**
 * Who is acting. `system` is for the command line and the demo seed, which act without a signed-in user;
 * no request from a browser can produce it.
 */
export type ServiceContext = { actor: Actor | null; system?: boolean };

export const SYSTEM_CONTEXT: ServiceContext = { actor: null, system: true };

export const ANONYMOUS_CONTEXT: ServiceContext = { actor: null };
