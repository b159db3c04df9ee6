import type { MailedKind } from "./unsubscribeTokens";

/** Which notification mail a staff member gets; `mailEnabled` false: this Factdesk sends no mail at all. */
export type MailPreferencesDto = { mailEnabled: boolean; kinds: { kind: MailedKind; label: string; mailed: boolean }[] };
