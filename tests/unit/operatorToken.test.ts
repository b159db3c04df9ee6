import { createHmac } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { acceptOperatorToken, checkOperatorToken, signOperatorToken } from "@/lib/auth/operatorToken";
import { OPERATOR_TOKEN_MAX_AGE_MS } from "@/lib/domain/limits";

const SECRET = "an operator's secret of more than thirty-two characters";
const NOW = Date.UTC(2026, 11, 1, 3, 15);

describe("the operator's token", () => {
  afterEach(() => vi.unstubAllEnvs());

  test("is accepted for a minute, with the secret that made it", () => {
    const token = signOperatorToken(SECRET, NOW);
    expect(checkOperatorToken(SECRET, token, NOW)).toBe(true);
    expect(checkOperatorToken(SECRET, token, NOW + OPERATOR_TOKEN_MAX_AGE_MS)).toBe(true);
    expect(checkOperatorToken(SECRET, token, NOW + OPERATOR_TOKEN_MAX_AGE_MS + 1)).toBe(false);
    expect(checkOperatorToken(SECRET, token, NOW - 60_000), "a token from the future").toBe(false);
    expect(checkOperatorToken(`${SECRET}!`, token, NOW)).toBe(false);
  });

  test("refuses a missing, malformed or altered token, and one re-dated", () => {
    const token = signOperatorToken(SECRET, NOW);
    const [stamp, mac] = token.split(".") as [string, string];
    for (const bad of [undefined, null, "", "nonsense", stamp, `${stamp}.`, `.${mac}`, `${stamp}.${mac}x`, ` ${token}`]) {
      expect(checkOperatorToken(SECRET, bad, NOW), String(bad)).toBe(false);
    }
    const flipped = `${stamp}.${mac.slice(0, 10)}${mac[10] === "A" ? "B" : "A"}${mac.slice(11)}`;
    expect(checkOperatorToken(SECRET, flipped, NOW)).toBe(false);
    expect(checkOperatorToken(SECRET, `${Number(stamp) + 1}.${mac}`, NOW)).toBe(false);
  });

  test("only in its canonical spelling: the spare bits of the last character make no second token", () => {
    vi.stubEnv("AUTH_SECRET", SECRET);
    const token = signOperatorToken(SECRET);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(token.at(-1)!);
    // The same six bits but for the two the decoder drops: each decodes to the very same signature.
    const respelled = [1, 2, 3].map((low) => `${token.slice(0, -1)}${alphabet[(last & ~3) | ((last + low) & 3)]}`);
    for (const variant of respelled) {
      expect(Buffer.from(variant.split(".")[1]!, "base64url").equals(Buffer.from(token.split(".")[1]!, "base64url"))).toBe(true);
      expect(checkOperatorToken(SECRET, variant), variant).toBe(false);
    }
    expect(acceptOperatorToken(token)).toBe(true);
    for (const variant of respelled) expect(acceptOperatorToken(variant), `${variant} after ${token}`).toBe(false);
  });

  test("is keyed with a key derived for it, not with the secret itself", () => {
    const stamp = String(NOW);
    const withRawSecret = `${stamp}.${createHmac("sha256", SECRET).update(stamp).digest("base64url")}`;
    expect(checkOperatorToken(SECRET, withRawSecret, NOW)).toBe(false);
  });

  test("the server accepts each token once, with the installation's secret", () => {
    vi.stubEnv("AUTH_SECRET", SECRET);
    const token = signOperatorToken(SECRET);
    expect(acceptOperatorToken(token)).toBe(true);
    expect(acceptOperatorToken(token), "the same token again").toBe(false);
    expect(acceptOperatorToken(signOperatorToken("another secret of more than thirty-two characters"))).toBe(false);
    expect(acceptOperatorToken(undefined)).toBe(false);
  });
});
