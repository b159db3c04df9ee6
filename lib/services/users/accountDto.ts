import type { Role } from "@/db/schema";
import type { InterfaceLanguage } from "@/lib/domain/interfaceLanguages";

/** One sign-in of the account, for its owner's list of recent sign-ins. */
export type SignInDto = {
  id: string;
  signedInAt: Date;
  userAgent: string;
  ipAddress: string | null;
  /** The session this page was loaded with. */
  current: boolean;
  /** Signed out, ended by "sign out everywhere" or a password change, or over. */
  ended: boolean;
};

/** What a staff member sees of their own account. */
export type AccountDto = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  /** The interface language they picked, or null (their browser's, else the newsroom's). */
  interfaceLanguage: InterfaceLanguage | null;
  /** Whether they sign in with a code too (confirming it is them then asks for one). */
  twoFactor: boolean;
  /** Until when this session may change how they sign in without confirming it is them again (ISO), or null. */
  identityConfirmedUntil: string | null;
  signIns: SignInDto[];
};
