import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { hashingInFlight, hashPassword, MAX_CONCURRENT_HASHING, MAX_WAITING_HASHING, PasswordHashingBusyError, verifyPassword } from "@/lib/auth/password";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  knownDeviceId,
  looksLikeRecoveryCode,
  matchingTotpStep,
  newRecoveryCodes,
  newTotpSecret,
  signDeviceCookie,
  totpCodeAt,
} from "@/lib/auth/twoFactor";
import {
  attemptsPerWindow,
  delayAfterFailures,
  FREE_FAILURES,
  FREE_FAILURES_PER_ADDRESS,
  freeFailuresFor,
  MAX_DELAY_SECONDS,
  maxDelayFor,
  tooManyAttempts,
} from "@/lib/domain/signInDelays";
import { inEnglish } from "@/lib/core/serviceWords";

beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "a-unit-test-secret-of-at-least-32-characters");
});
afterAll(() => {
  vi.unstubAllEnvs();
});

const NOW = Date.UTC(2026, 11, 1, 9, 0, 15);
const STEP = Math.floor(NOW / 30_000);

describe("time-based codes", () => {
  const secret = newTotpSecret();

  test("a code from the right secret passes, naming its time step", () => {
    expect(matchingTotpStep(secret, totpCodeAt(secret, NOW), NOW)).toBe(STEP);
    expect(matchingTotpStep(secret, ` ${totpCodeAt(secret, NOW).slice(0, 3)} ${totpCodeAt(secret, NOW).slice(3)} `, NOW)).toBe(STEP);
  });

  test("one step either side passes; two steps old fails", () => {
    expect(matchingTotpStep(secret, totpCodeAt(secret, NOW - 30_000), NOW)).toBe(STEP - 1);
    expect(matchingTotpStep(secret, totpCodeAt(secret, NOW + 30_000), NOW)).toBe(STEP + 1);
    expect(matchingTotpStep(secret, totpCodeAt(secret, NOW - 60_000), NOW)).toBeNull();
  });

  test("a code from another secret, or not a code at all, fails", () => {
    expect(matchingTotpStep(newTotpSecret(), totpCodeAt(secret, NOW), NOW)).toBeNull();
    expect(matchingTotpStep(secret, "abcdef", NOW)).toBeNull();
    expect(matchingTotpStep(secret, "", NOW)).toBeNull();
  });

  test("secrets are 160 bits and kept encrypted; a tampered copy does not decrypt", () => {
    expect(secret).toHaveLength(32);
    const stored = encryptTotpSecret(secret);
    expect(stored).not.toContain(secret);
    expect(decryptTotpSecret(stored)).toBe(secret);
    const tampered = stored.slice(0, -2) + (stored.endsWith("A") ? "BB" : "AA");
    expect(decryptTotpSecret(tampered)).toBeNull();
    expect(decryptTotpSecret("plain")).toBeNull();
  });
});

describe("recovery codes and devices", () => {
  test("ten distinct codes, recognised however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(looksLikeRecoveryCode(codes[0]!.toUpperCase().replace("-", " "))).toBe(true);
    expect(hashRecoveryCode(codes[0]!.toUpperCase())).toBe(hashRecoveryCode(codes[0]!));
    expect(looksLikeRecoveryCode("123456")).toBe(false);
  });

  test("a device cookie counts only for its own account and only unaltered", () => {
    const user = "11111111-1111-4111-8111-111111111111";
    const cookie = signDeviceCookie(user, "device-1");
    expect(knownDeviceId(cookie, user)).toBe("device-1");
    expect(knownDeviceId(cookie, "22222222-2222-4222-8222-222222222222")).toBeNull();
    expect(knownDeviceId(cookie.replace("device-1", "device-2"), user)).toBeNull();
    expect(knownDeviceId(null, user)).toBeNull();
  });
});

describe("delays", () => {
  test(`an address, shared by a whole office, has ${FREE_FAILURES_PER_ADDRESS} free failures; an account or device ${FREE_FAILURES}`, () => {
    expect(freeFailuresFor("address:203.0.113.7")).toBe(FREE_FAILURES_PER_ADDRESS);
    expect(freeFailuresFor("account:ana@example.org")).toBe(FREE_FAILURES);
    expect(freeFailuresFor("device:1234")).toBe(FREE_FAILURES);
    expect(FREE_FAILURES_PER_ADDRESS).toBeGreaterThan(FREE_FAILURES);
    const free = FREE_FAILURES_PER_ADDRESS;
    expect([free, free + 1, free + 2].map((n) => delayAfterFailures(n, free))).toEqual([0, 1, 2]);
  });

  test("nothing for four failures, then 1 s doubling, capped at 15 minutes", () => {
    expect([0, 4, 5, 6, 7, 14].map((n) => delayAfterFailures(n))).toEqual([0, 0, 1, 2, 4, 512]);
    expect(delayAfterFailures(100)).toBe(MAX_DELAY_SECONDS);
    expect(inEnglish(tooManyAttempts(1000))).toBe("Too many attempts. Try again in 1 minute.");
    expect(inEnglish(tooManyAttempts(14 * 60_000 + 1))).toBe("Too many attempts. Try again in 15 minutes.");
  });
});

describe("second-factor codes", () => {
  test("are capped per account: a few free, then waits that reach a whole day, so at most 22 codes a day", () => {
    expect(freeFailuresFor("code:11111111-1111-4111-8111-111111111111")).toBe(5);
    expect(maxDelayFor("code:x")).toBe(24 * 3600);
    expect(maxDelayFor("account:x")).toBe(MAX_DELAY_SECONDS);
    expect(attemptsPerWindow("code:x")).toBe(22);
    // The account's own key alone allowed about 109 challenges (5 codes each: ~540 codes) a day.
    expect(attemptsPerWindow("account:x")).toBe(109);
    expect(inEnglish(tooManyAttempts(20 * 3600_000))).toBe("Too many attempts. Try again in 20 hours.");
  });
});

describe("password hashing under a flood", () => {
  test(`at most ${MAX_CONCURRENT_HASHING} run at once and ${MAX_WAITING_HASHING} wait; the rest are refused at once`, async () => {
    const stored = await hashPassword("the right password");
    const flood = MAX_CONCURRENT_HASHING + MAX_WAITING_HASHING + 6;
    const results = await Promise.allSettled(Array.from({ length: flood }, () => verifyPassword("a guess", stored)));
    const refused = results.filter((r) => r.status === "rejected");
    expect(refused).toHaveLength(6);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(PasswordHashingBusyError);
    expect(results.filter((r) => r.status === "fulfilled").every((r) => (r as PromiseFulfilledResult<boolean>).value === false)).toBe(true);
    // The queue drains: a check after the flood runs normally.
    await expect(verifyPassword("the right password", stored)).resolves.toBe(true);
  }, 60_000);

  test("one address flooding the queue cannot keep others out: each newcomer takes a place from it", async () => {
    const stored = await hashPassword("the right password");
    const flood = Array.from({ length: 40 }, () => verifyPassword("a guess", stored, { address: "203.0.113.9" }));
    const colleagues = ["198.51.100.20", "198.51.100.21", "198.51.100.22"].map((address) => verifyPassword("the right password", stored, { address }));
    const results = await Promise.allSettled(flood);
    expect(await Promise.all(colleagues)).toEqual([true, true, true]);
    const checked = results.filter((r) => r.status === "fulfilled").length;
    expect(checked).toBe(MAX_CONCURRENT_HASHING + MAX_WAITING_HASHING - colleagues.length);
    expect(results.filter((r) => r.status === "rejected").every((r) => (r as PromiseRejectedResult).reason instanceof PasswordHashingBusyError)).toBe(true);
    expect(hashingInFlight()).toEqual({ running: 0, waiting: 0 });
  }, 60_000);

  test("an IPv6 client flooding the queue from many of its addresses is one address: it cannot keep others out", async () => {
    const stored = await hashPassword("the right password");
    // One client's /64, each guess from another of its addresses.
    const flood = Array.from({ length: 40 }, (_, i) => verifyPassword("a guess", stored, { address: `2001:db8:7:9::${(i + 1).toString(16)}` }));
    const colleagues = ["2001:db8:7:a::1", "198.51.100.21"].map((address) => verifyPassword("the right password", stored, { address }));
    const results = await Promise.allSettled(flood);
    expect(await Promise.all(colleagues)).toEqual([true, true]);
    expect(results.filter((r) => r.status === "fulfilled").length).toBe(MAX_CONCURRENT_HASHING + MAX_WAITING_HASHING - colleagues.length);
    expect(hashingInFlight()).toEqual({ running: 0, waiting: 0 });
  }, 60_000);

  test("a browser the account knows gets through a full queue of strangers, ahead of them", async () => {
    const stored = await hashPassword("the right password");
    let strangersDone = 0;
    const settled = () => (strangersDone += 1);
    const strangers = Array.from({ length: 40 }, (_, i) => verifyPassword("a guess", stored, { address: `127.0.2.${i}` }).then(settled, settled));
    const refusedAtOnce = 40 - MAX_CONCURRENT_HASHING - MAX_WAITING_HASHING;
    const staff = verifyPassword("the right password", stored, { address: "192.0.2.1", knownDevice: true }).then((ok) => ({ ok, strangersDone }));
    const { ok, strangersDone: doneBefore } = await staff;
    expect(ok).toBe(true);
    // Served ahead of the strangers waiting in line: most of them were still waiting when it was done.
    expect(doneBefore - refusedAtOnce).toBeLessThan(MAX_WAITING_HASHING);
    await Promise.allSettled(strangers);
  }, 60_000);

  test("a sign-in flood's queue is short: the last in line waits a few hashes, not tens of seconds", () => {
    expect(MAX_WAITING_HASHING / MAX_CONCURRENT_HASHING).toBeLessThanOrEqual(4);
  });
});
