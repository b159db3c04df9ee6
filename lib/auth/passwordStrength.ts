import type { PasswordStrength } from "@/lib/domain/passwordPolicy";

let loaded: Promise<PasswordStrength> | undefined;

/**
 * zxcvbn's estimate of how many guesses a password takes (its dictionaries of common passwords, English words and
 * names, keyboard patterns, repeats, sequences, dates and l33t spellings), as the password policy takes it. Loaded on
 * first use (about a second and a few MB), not when a page imports this module.
 */
export function passwordStrength(): Promise<PasswordStrength> {
  loaded ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]).then(
    ([{ ZxcvbnFactory }, common, english]) => {
      const zxcvbn = new ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      });
      return (password, userInputs) => {
        const result = zxcvbn.check(password, [...userInputs]);
        return { score: result.score, warning: result.feedback.warning };
      };
    },
    (error: unknown) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
}
