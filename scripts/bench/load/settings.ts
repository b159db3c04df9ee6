// The load run's settings (environment) and the secret its instances share.
import { randomBytes } from "node:crypto";
import path from "node:path";

export const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
export const STAFF = Number(process.env.LOAD_STAFF ?? 30);
export const READERS = Number(process.env.LOAD_READERS ?? 200);
/** Pages a second each reader asks for (a reader who reads the page asks less); 0: as fast as they are answered. */
export const READER_RATE = Number(process.env.LOAD_READER_RATE ?? 1);
export const DATABASE_URL = process.env.LOAD_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/factdesk_bench_load";
export const PASSWORD = "load test password 2026";
/**
 * What a staff member waits after each answer before their next request (reading, typing): 0 for none, which makes
 * 30 staff work like several hundred. A publishing editor waits at least a second between publications.
 */
export const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 1000);
export const PUBLISH_PAUSE_MS = Math.max(THINK_MS, 1000);
export const root = path.resolve(import.meta.dirname, "..", "..", "..");
export const AUTH_SECRET = randomBytes(32).toString("base64url");
