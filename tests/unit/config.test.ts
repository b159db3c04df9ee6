import { describe, expect, test } from "vitest";
import { ConfigError, loadConfig } from "@/lib/config";

describe("configuration", () => {
  test("an empty environment is the one-command demo: embedded database, demo newsroom, loopback only", () => {
    expect(loadConfig({})).toMatchObject({
      databaseUrl: null,
      demo: true,
      host: "127.0.0.1",
      port: 3000,
      databasePoolSize: 10,
      importTimeoutMs: 10_000,
      dataDir: "data",
    });
  });

  test("a Postgres server turns the demo off and listens on every address; empty values count as unset", () => {
    const settings = loadConfig({ DATABASE_URL: "postgres://u@db:5432/factdesk", PORT: "8080", HOST: "", DATABASE_POOL_SIZE: "25" });
    expect(settings).toMatchObject({ demo: false, host: "0.0.0.0", port: 8080, databasePoolSize: 25 });
    expect(loadConfig({ DATABASE_URL: "postgres://u@db/f", FACTDESK_DEMO: "1" }).demo).toBe(true);
  });

  test("every bad variable is named with what to do about it", () => {
    let message = "";
    try {
      loadConfig({ DATABASE_URL: "mysql://db/f", PORT: "70000", AUTH_SECRET: "short", FACTDESK_DEMO: "yes", FACTDESK_IMPORT_TIMEOUT_MS: "ten" });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATABASE_URL: use a postgres:\/\/ address/);
    expect(message).toMatch(/PORT: use at most 65535/);
    expect(message).toMatch(/AUTH_SECRET: use at least 32 characters/);
    expect(message).toMatch(/FACTDESK_DEMO: use 1 \(on\) or 0 \(off\)/);
    expect(message).toMatch(/FACTDESK_IMPORT_TIMEOUT_MS: use a whole number/);
  });

  test("PURGE_URL lists the Varnish instances to purge; anything but http(s) addresses is refused with an example", () => {
    expect(loadConfig({}).purgeUrls).toEqual([]);
    expect(loadConfig({ PURGE_URL: "http://varnish-1:6081/, http://varnish-2:6081/" }).purgeUrls).toEqual(["http://varnish-1:6081/", "http://varnish-2:6081/"]);
    expect(() => loadConfig({ PURGE_URL: "varnish:6081" })).toThrow(/PURGE_URL: list each Varnish's address/);
  });

  test("TRUSTED_PROXIES takes addresses, subnets and names; anything else is refused with an example", () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: " 10.0.0.0/8, 127.0.0.1 ,loopback" }).trustedProxies).toEqual(["10.0.0.0/8", "127.0.0.1", "loopback"]);
    expect(() => loadConfig({ TRUSTED_PROXIES: "10.0.0.0/8,my-proxy" })).toThrow(/TRUSTED_PROXIES: list the proxies' addresses or subnets/);
  });

  test("production on a Postgres server needs AUTH_SECRET", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://db/f" })).toThrow(/AUTH_SECRET: must be set/);
    expect(loadConfig({ NODE_ENV: "production", DATABASE_URL: "postgres://db/f", AUTH_SECRET: "x".repeat(32) }).authSecret).toHaveLength(32);
  });

  test("mail needs SMTP_URL and MAIL_FROM together; unset, there is no mail", () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: null, mailFrom: null });
    const mail = { SMTP_URL: "smtp://desk:secret@mail.example.org:587", MAIL_FROM: "Factdesk <desk@example.org>" };
    expect(loadConfig(mail)).toMatchObject({ smtpUrl: mail.SMTP_URL, mailFrom: mail.MAIL_FROM });
    expect(() => loadConfig({ SMTP_URL: mail.SMTP_URL })).toThrow(/MAIL_FROM: must be set with SMTP_URL/);
    expect(() => loadConfig({ MAIL_FROM: mail.MAIL_FROM })).toThrow(/SMTP_URL: must be set with MAIL_FROM/);
    expect(() => loadConfig({ ...mail, SMTP_URL: "http://mail.example.org" })).toThrow(/SMTP_URL: use an smtp:\/\//);
    expect(() => loadConfig({ ...mail, MAIL_FROM: "desk" })).toThrow(/MAIL_FROM: use the sender's address/);
  });
});
