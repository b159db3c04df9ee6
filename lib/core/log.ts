import pino, { type Logger } from "pino";
import { ConfigError, config } from "@/lib/config";
import { currentRequest } from "./requestState";

// Structured logs: one JSON object a line on stdout, for an operator's log collector. The server
// (server/main.ts) and the app's bundle share one logger under a global key, so lines from both have the same
// shape and level. LOG_LEVEL sets the level (info by default; silent turns logs off).
//
// What must never reach a log line: passwords, tokens, cookies, the session secret and article text. Fields with
// those names are censored wherever they appear in a logged object, and errors are logged by kind, code and a message
// cut before any query parameters (a driver's message can quote the values of the failed query).

const KEY = Symbol.for("factdesk.logger");

const SECRET_FIELDS = ["password", "newPassword", "passwordHash", "token", "secret", "authSecret", "cookie", "authorization", "body", "draft", "text"];
/** Paths pino censors: each secret field at the top level and one or two levels down (pino's wildcards are one level). */
export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]).concat(['req.headers["set-cookie"]', 'res.headers["set-cookie"]']);

/** The process's logger, made on first use. */
export function logger(): Logger {
  const holder = globalThis as { [KEY]?: Logger };
  holder[KEY] ??= createLogger();
  return holder[KEY];
}

/** A logger with Factdesk's settings, writing to `destination` (stdout by default). */
export function createLogger(destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level: logLevel(),
    base: { app: "factdesk" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: { err: errorFields },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** LOG_LEVEL (see lib/config.ts); info when the environment is unusable (the server refuses to start then anyway). */
function logLevel(): string {
  try {
    return config().logLevel;
  } catch (error) {
    if (error instanceof ConfigError) return "info";
    throw error;
  }
}

/**
 * What of an error may be logged: its kind, the driver's code, a message without the failed query's parameters,
 * and where it was thrown.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { kind: typeof error };
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  return {
    kind: error.constructor?.name || error.name,
    ...(typeof code === "string" ? { code } : {}),
    message: safeMessage(error.message),
    ...(cause instanceof Error ? { cause: safeMessage(cause.message) } : {}),
    stack: error.stack
      ?.split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("at "))
      .slice(0, 5),
  };
}

/** A message cut before `params:` (drizzle quotes a failed query's values there) and kept short. */
function safeMessage(message: string): string {
  const cut = message.split(/\bparams:/)[0]!.trim();
  return cut.length > 300 ? `${cut.slice(0, 300)}…` : cut;
}

/** Logs a failure the user only saw as a generic apology, with the request it happened in. */
export function logFailure(what: string, error: unknown): void {
  logger().error({ requestId: currentRequest()?.id, err: error }, what);
}
