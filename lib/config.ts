import { z } from "zod";
import proxyaddr from "proxy-addr";

// Every environment variable Factdesk reads, parsed in one place. The server checks them at start-up
// (server/main.ts) and refuses to start with a message naming the bad variable; code reads them through
// `config()`, never from process.env. Tests change the environment between files, so nothing is memoized.

const flag = z.enum(["0", "1"], "use 1 (on) or 0 (off)").optional();

const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, "use a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `use at least ${min}`).max(max, `use at most ${max}`))
    .default(fallback);

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "use a postgres:// address, e.g. postgres://user:pass@host:5432/factdesk" })
      .optional(),
    DATABASE_READ_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "use a postgres:// address of a read replica of DATABASE_URL, e.g. postgres://user:pass@replica:5432/factdesk" })
      .optional(),
    DATABASE_POOL_SIZE: integer(1, 500, 10),
    DATABASE_CONNECT_TIMEOUT_S: integer(1, 300, 5),
    DATABASE_STATEMENT_TIMEOUT_MS: integer(100, 3_600_000, 30_000),
    FACTDESK_DATA_DIR: z.string().trim().min(1, "name a folder, or memory:// for tests").default("data"),
    AUTH_SECRET: z.string().min(32, "use at least 32 characters, e.g. from `openssl rand -base64 32`").optional(),
    AUTH_URL: z.url({ protocol: /^https?$/, error: "use the app's public address, e.g. https://factcheck.example.org" }).optional(),
    AUTH_TRUST_HOST: z.enum(["true", "false", "1", "0"], "use true or false").optional(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, "use 32 random bytes in base64, e.g. from `openssl rand -base64 32`")
      .optional(),
    FACTDESK_DEMO: flag,
    FACTDESK_DEMO_PUBLIC: flag,
    FACTDESK_INSECURE_COOKIES: flag,
    FACTDESK_ALLOW_PRIVATE_IMPORT: flag,
    FACTDESK_IMPORT_TIMEOUT_MS: integer(100, 120_000, 10_000),
    FACTDESK_SHUTDOWN_TIMEOUT_MS: integer(0, 600_000, 10_000),
    FACTDESK_PUBLIC_CACHE_MB: integer(0, 4096, 64),
    PURGE_URL: z
      .string()
      .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
      .refine((urls) => urls.every((url) => /^https?:\/\/[^\s]+$/.test(url) && URL.canParse(url)), "list each Varnish's address, separated by commas, e.g. http://varnish-1:6081/,http://varnish-2:6081/")
      .default([]),
    FACTDESK_TEST_SEED_TOKEN: z.string().regex(/^[A-Za-z0-9_-]{43,}$/, "use at least 32 random bytes in base64url").optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], "use fatal, error, warn, info, debug, trace or silent").default("info"),
    PORT: integer(1, 65_535, 3000),
    HOST: z.string().trim().min(1).optional(),
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "use an smtp:// (or smtps://) address, e.g. smtp://user:pass@mail.example.org:587" })
      .optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .regex(/^[^\r\n]*@[^\r\n]*$/, "use the sender's address, e.g. Factdesk <desk@example.org>")
      .optional(),
    TRUSTED_PROXIES: z
      .string()
      .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
      .refine(proxiesCompile, "list the proxies' addresses or subnets, separated by commas, e.g. 10.0.0.0/8,127.0.0.1, or loopback")
      .default([]),
  })
  .superRefine((env, issues) => {
    if (Boolean(env.SMTP_URL) !== Boolean(env.MAIL_FROM)) {
      const missing = env.SMTP_URL ? "MAIL_FROM" : "SMTP_URL";
      issues.addIssue({ code: "custom", path: [missing], message: "must be set with " + (env.SMTP_URL ? "SMTP_URL" : "MAIL_FROM") + " to send mail; set both, or neither for no mail" });
    }
    if (env.DATABASE_READ_URL && !env.DATABASE_URL) {
      issues.addIssue({
        code: "custom",
        path: ["DATABASE_READ_URL"],
        message: "is a read replica of the Postgres server in DATABASE_URL: set DATABASE_URL too, or unset DATABASE_READ_URL (the embedded database has no replicas)",
      });
    }
    if (env.NODE_ENV === "production" && env.DATABASE_URL && !env.AUTH_SECRET) {
      issues.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "must be set when running in production on a Postgres server (DATABASE_URL); every instance needs the same value",
      });
    }
    // Set only by the browser tests' server (scripts/e2e-server.mjs), which always runs the demo newsroom: a real
    // newsroom that found it set by mistake refuses to start rather than answer the seeding route.
    const demo = env.FACTDESK_DEMO ? env.FACTDESK_DEMO === "1" : !env.DATABASE_URL;
    if (env.FACTDESK_TEST_SEED_TOKEN && !demo) {
      issues.addIssue({
        code: "custom",
        path: ["FACTDESK_TEST_SEED_TOKEN"],
        message: "is for the browser tests' server only, which runs in demo mode; unset it",
      });
    }
  });

/** Whether proxy-addr (which lib/web/clientAddress.ts uses) reads every entry: addresses, subnets, or its names. */
function proxiesCompile(entries: string[]): boolean {
  try {
    proxyaddr.compile(entries);
    return true;
  } catch {
    return false;
  }
}

export type Config = {
  env: "development" | "production" | "test";
  databaseUrl: string | null;
  /** A read replica of databaseUrl for readers' reads (db/readReplica.ts); null: every read goes to databaseUrl. */
  databaseReadUrl: string | null;
  databasePoolSize: number;
  databaseConnectTimeoutSeconds: number;
  databaseStatementTimeoutMs: number;
  dataDir: string;
  authSecret: string | null;
  authUrl: string | null;
  /** Demo newsroom: FACTDESK_DEMO, else on for the embedded database. */
  demo: boolean;
  /** The operator confirmed that the demo (with its published password) may listen on a public address. */
  demoPublic: boolean;
  insecureCookies: boolean;
  allowPrivateImport: boolean;
  importTimeoutMs: number;
  shutdownTimeoutMs: number;
  /** Memory for public answers served again to readers (server/readerCache.ts); 0 turns the cache off. */
  publicCacheMegabytes: number;
  /** Varnish instances that changes purge by key (lib/services/publishing/purgeKeys.ts); none: shared caches keep answers briefly. */
  purgeUrls: string[];
  /** How much the server logs (lib/core/log.ts): info by default. */
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  port: number;
  /** Address to listen on: HOST, else loopback in demo mode and every address otherwise. */
  host: string;
  /** The SMTP server mail goes through (lib/net/smtp.ts); null: Factdesk sends no mail. */
  smtpUrl: string | null;
  /** The sender of every mail; set exactly when smtpUrl is. */
  mailFrom: string | null;
  /** Proxies whose X-Forwarded-For is believed for the client's address (lib/web/clientAddress.ts); none by default. */
  trustedProxies: string[];
  /** The browser tests' seed token (lib/demo/browserTestSeed.ts); null everywhere else. */
  testSeedToken: string | null;
};

/** Thrown when the environment is unusable; the message names every bad variable and what to do. */
export class ConfigError extends Error {}

/** Parses the environment (process.env by default). Throws a ConfigError naming each bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty value means "not set", as in most .env tooling.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "environment"}: ${issue.message}`);
    throw new ConfigError(`Factdesk cannot start: fix these environment variables.\n${lines.join("\n")}`);
  }
  const env = parsed.data;
  const databaseUrl = env.DATABASE_URL ?? null;
  const demo = env.FACTDESK_DEMO ? env.FACTDESK_DEMO === "1" : !databaseUrl;
  return {
    env: env.NODE_ENV,
    databaseUrl,
    databaseReadUrl: env.DATABASE_READ_URL ?? null,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseConnectTimeoutSeconds: env.DATABASE_CONNECT_TIMEOUT_S,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    dataDir: env.FACTDESK_DATA_DIR,
    authSecret: env.AUTH_SECRET ?? null,
    authUrl: env.AUTH_URL ?? null,
    demo,
    demoPublic: env.FACTDESK_DEMO_PUBLIC === "1",
    insecureCookies: env.FACTDESK_INSECURE_COOKIES === "1",
    allowPrivateImport: env.FACTDESK_ALLOW_PRIVATE_IMPORT === "1",
    importTimeoutMs: env.FACTDESK_IMPORT_TIMEOUT_MS,
    shutdownTimeoutMs: env.FACTDESK_SHUTDOWN_TIMEOUT_MS,
    publicCacheMegabytes: env.FACTDESK_PUBLIC_CACHE_MB,
    purgeUrls: env.PURGE_URL,
    logLevel: env.LOG_LEVEL,
    port: env.PORT,
    host: env.HOST ?? (demo ? "127.0.0.1" : "0.0.0.0"),
    trustedProxies: env.TRUSTED_PROXIES,
    testSeedToken: env.FACTDESK_TEST_SEED_TOKEN ?? null,
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM ?? null,
  };
}

/**
 * The site's public address (origin, no trailing slash): AUTH_URL when set, else http://localhost:PORT. Never a
 * request's Host header (lib/web/siteUrl.ts says why); mail links use it too.
 */
export function publicOrigin(): string {
  const { authUrl, port } = config();
  return authUrl ? new URL(authUrl).origin : `http://localhost:${port}`;
}

/** Whether Factdesk sends mail: SMTP_URL and MAIL_FROM are set. */
export function mailEnabled(): boolean {
  const { smtpUrl, mailFrom } = config();
  return Boolean(smtpUrl && mailFrom);
}

/** The current configuration. Cheap enough to call where it is needed; see loadConfig for the rules. */
export function config(): Config {
  return loadConfig(process.env);
}
