import { describe, expect, test } from "vitest";
import { commonPasswords } from "@/lib/auth/commonPasswords";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { browserParts } from "@/lib/domain/browserName";
import { passwordStrength } from "@/lib/auth/passwordStrength";
import { inEnglish } from "@/lib/core/serviceWords";
import { commonPasswordKey, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, type PasswordContext, type PasswordStrength } from "@/lib/domain/passwordPolicy";

/** The refusal as the English form says it, or null. */
function problem(password: string, context: PasswordContext): string | null {
  const words = passwordProblem(password, context);
  return words && inEnglish(words);
}

const none = new Set<string>();
/** Every password is hard to guess: the other rules, on their own. */
const strong: PasswordStrength = () => ({ score: 4, warning: null });
const email = "maria.lopez@newsroom.test";

describe("the password policy", () => {
  test("12 characters or more, counted as people count them, up to the bound", () => {
    expect(problem("short words", { email, commonPasswords: none, strength: strong })).toMatch(/at least 12 characters \(this one has 11\)/);
    expect(problem("twelve chars", { email, commonPasswords: none, strength: strong })).toBeNull();
    // Eleven emoji are 22 UTF-16 units but 11 characters.
    expect(problem("🦉".repeat(11), { email, commonPasswords: none, strength: strong })).toMatch(/this one has 11/);
    expect(problem("🦉".repeat(12), { email, commonPasswords: none, strength: strong })).toBeNull();
    expect(problem("a".repeat(MAX_PASSWORD_LENGTH), { email, commonPasswords: none, strength: strong })).toBeNull();
    expect(problem("a".repeat(MAX_PASSWORD_LENGTH + 1), { email, commonPasswords: none, strength: strong })).toMatch(/at most 1024/);
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });

  test("any characters, no composition rules", () => {
    for (const password of ["all lower case words", "ÄÖÜ äöü ß éèê", "пароль из слов", "密码是一个很长的句子吧啊", "            x"]) {
      expect(problem(password, { email, commonPasswords: none, strength: strong }), password).toBeNull();
    }
    expect(problem(" ".repeat(12), { email, commonPasswords: none, strength: strong })).toMatch(/other than spaces/);
  });

  test("a common password is refused with the reason, whatever its case", () => {
    const list = new Set(["correcthorsebattery"].map(commonPasswordKey));
    expect(problem("CorrectHorseBattery", { email, commonPasswords: list, strength: strong })).toMatch(/list of common passwords/);
  });

  test("the email's name is refused inside the password, case-insensitively, when it has 3 characters or more", () => {
    expect(problem("my name is Maria.Lopez ok", { email, commonPasswords: none, strength: strong })).toMatch(/email name \("maria.lopez"\)/);
    expect(problem("jo jo jo jo jo jo", { email: "jo@x.test", commonPasswords: none, strength: strong })).toBeNull();
  });

  test("the shipped list has at least 10,000 passwords and catches the long ones people pick", async () => {
    const list = await commonPasswords();
    expect(list.size).toBeGreaterThanOrEqual(10_000);
    for (const password of ["1qaz2wsx3edc", "qwerty123456", "LeaveMeAlone"]) {
      expect(problem(password, { email, commonPasswords: list, strength: strong }), password).toMatch(/common passwords/);
    }
    expect(problem("a kettle of quiet herons", { email, commonPasswords: list, strength: strong })).toBeNull();
    expect([...list].filter((p) => [...p].length >= MIN_PASSWORD_LENGTH).length).toBeGreaterThan(100);
  });

  test("length is not enough: a password zxcvbn finds easy to guess is refused, saying why; passphrases pass", async () => {
    const context = { email, commonPasswords: await commonPasswords(), strength: await passwordStrength() };
    for (const password of ["aaaaaaaaaaaa", "iloveyou1234", "qwertyuiopas", "😀".repeat(12), "abcdefghijkl", "maria2024maria2024"]) {
      expect(problem(password, context), password).toMatch(/common passwords|easy to guess|email name/);
    }
    expect(problem("aaaaaaaaaaaa", context)).toBe('This password would be easy to guess. Repeated characters like "aaa" are easy to guess. Add a few more unrelated words.');
    for (const password of ["a kettle of quiet herons", "correct horse battery staple", "пароль из нескольких слов", "Tr0ub4dor&3xyz"]) {
      expect(problem(password, context), password).toBeNull();
    }
  });

  test("control characters are refused", () => {
    expect(problem("a long pass\u0000phrase here", { email, commonPasswords: none, strength: strong })).toMatch(/control characters/);
  });

  test("passwords are hashed in NFKC: the same passphrase typed composed or decomposed verifies", async () => {
    const composed = "café au lait, s'il vous plaît";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    const stored = await hashPassword(composed);
    expect(await verifyPassword(decomposed, stored)).toBe(true);
    expect(await verifyPassword("cafe au lait, s'il vous plait", stored)).toBe(false);
  });
});

describe("browser names for the list of sign-ins", () => {
  test("says which browser on which system, or neither for what it does not know", () => {
    expect(browserParts("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toEqual({ browser: "Firefox", system: "Linux" });
    expect(browserParts("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0")).toEqual({ browser: "Edge", system: "Windows" });
    expect(browserParts("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1")).toEqual({ browser: "Safari", system: "iOS" });
    expect(browserParts("curl/8.5")).toEqual({ browser: null, system: null });
  });
});
