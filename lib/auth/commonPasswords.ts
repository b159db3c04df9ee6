import { commonPasswordKey } from "@/lib/domain/passwordPolicy";

let loaded: Promise<ReadonlySet<string>> | undefined;

/**
 * The common-password list that ships with @zxcvbn-ts/language-common (about 49,000 passwords from public
 * breaches), as commonPasswordKey gives them. Loaded on first use, not when a page imports this module.
 */
export function commonPasswords(): Promise<ReadonlySet<string>> {
  loaded ??= import("@zxcvbn-ts/language-common").then(
    ({ dictionary }) => new Set(dictionary["passwords-common"].map(commonPasswordKey)),
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}
