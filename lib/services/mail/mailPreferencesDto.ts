import type { MailedKind } from "./unsubscribeTokens";

/** Which notification mail a staff member gets; `mailEnabled` false: this Factdesk sends no mail at all. */
export type MailPreferencesDto = {
  mailEnabled: boolean;
  /** `mailed`: by mail at all; `digest`: gathered in the daily digest instead of at once (only when mailed). Each kind's words are the page's (messages/). */
  kinds: { kind: MailedKind; mailed: boolean; digest: boolean }[];
  /** When the daily digest goes out (UTC hour). */
  digestHourUtc: number;
};
