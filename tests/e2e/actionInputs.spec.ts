import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import errors from "../../messages/en/errors.json" with { type: "json" };
import { seedAccount, signedInContext } from "./seed";

// Every server action of the build, called as a browser calls it (React's encoding, the action's id from the
// build's manifest, posted to a page that holds it) with arguments no form of ours sends: nothing, null, numbers,
// arrays, objects of the wrong kind, 2 MB strings, empty forms, forms whose every field is far too long or a file.
// Each must answer with a form error (or, for a visitor, a way to sign in): never a thrown error, never a 5xx, and
// never a change. The actions are read from the build, so an action added later is called too.

const root = path.resolve(import.meta.dirname, "..", "..");
const require = createRequire(import.meta.url);
// The React that the app's client uses to encode an action's arguments.
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.edge.js") as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

type Manifest = { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> };
type Action = { id: string; name: string; page: string };

/** Every server action in the build, each with the path of a page that holds it. */
function buildActions(): Action[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => {
    // A page a visitor may open if there is one, else the one with the fewest dynamic segments (given a value that
    // names nothing).
    const rank = (worker: string) => (/^app\/\([^)]*\)\/(desk|admin)\//.test(worker) ? 100 : 0) + worker.split("[").length;
    const worker = Object.keys(entry.workers).sort((a, b) => rank(a) - rank(b))[0]!;
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => (segment.startsWith("[") ? "00000000-0000-4000-8000-000000000000" : segment))
      .join("/");
    return { id, name: entry.exportedName ?? id, page: page || "/" };
  });
}

/** Actions that take no input, so any arguments are ignored: signing out, starting two-factor enrolment. */
const TAKES_NO_INPUT = new Set(["logout", "logoutEverywhere", "startTwoFactorAction"]);
/**
 * Actions for which an empty form is a real choice: only checkboxes (every box left unticked), or the interface
 * language left empty (the browser's).
 */
const EMPTY_FORM_IS_A_CHOICE = new Set(["setTwoFactorRequirementAction", "setMailPreferencesAction", "setInterfaceLanguageAction"]);

/** Every field name a form of ours sends, so a form of junk reaches the fields each action reads. */
function formFieldNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".tsx")) for (const match of fs.readFileSync(file, "utf8").matchAll(/\bname="(\w+)"/g)) names.add(match[1]!);
    }
  };
  walk(path.join(root, "components"));
  walk(path.join(root, "app"));
  return [...names];
}

const MEGABYTES_2 = "x".repeat(2 * 1024 * 1024);
const FIELD_NAMES = formFieldNames();

function formWithEveryField(value: (name: string) => string | Blob): FormData {
  const form = new FormData();
  for (const name of FIELD_NAMES) form.append(name, value(name));
  return form;
}

const BAD_ARGUMENTS: [string, () => unknown[]][] = [
  ["no arguments", () => []],
  ["null", () => [null]],
  ["null, null", () => [null, null]],
  ["a string", () => ["s"]],
  ["an empty object", () => [{}]],
  ["numbers", () => [7, 7]],
  ["arrays", () => [[], [null, 7, "x"]]],
  ["a date and a map", () => [new Date(0), new Map([["claimId", 7]])]],
  ["an object of wrong types", () => [{ claimId: 7, articleId: null, version: [], ids: 7, claims: "x", all: "yes", id: {} }]],
  ["a 2 MB string", () => [MEGABYTES_2]],
  // Not 2 MB: React refuses a string over 1,000,000 characters in any argument but the first before an action runs.
  ["null and a 900,000-character string", () => [null, "x".repeat(900_000)]],
  ["an empty form", () => [null, new FormData()]],
  ["an empty form alone", () => [new FormData()]],
  ["a form whose every field is 60,000 characters", () => [null, formWithEveryField(() => "x".repeat(60_000))]],
  ["a form whose every field is a file", () => [null, formWithEveryField((name) => new File(["x"], `${name}.txt`))]],
  ["a form alone whose every field is a file", () => [formWithEveryField((name) => new File(["x"], `${name}.txt`))]],
];

// lib/web/actionResult.ts's answer to an error nobody expected, and lib/web/actionInput.ts's to a field far too long,
// in English (the catalog's words: those modules need Next.js's runtime to load).
const GENERIC_FAILURE = errors.genericFailure;
const FIELD_TOO_LONG = errors.fieldTooLong;

type Answer = { status: number; location: string | null; result: unknown; thrown: boolean; text: string };

/** The rows of a React server answer by id: `id:json` lines, and `id:T<hex byte length>,text` rows with no line end. */
function flightRows(bytes: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(":", at);
    if (colon < 0) break;
    const id = bytes.toString("latin1", at, colon);
    if (bytes[colon + 1] === "T".charCodeAt(0)) {
      const comma = bytes.indexOf(",", colon);
      const end = comma + 1 + parseInt(bytes.toString("latin1", colon + 2, comma), 16);
      rows.set(id, `T${bytes.toString("utf8", comma + 1, end)}`);
      at = end;
    } else {
      const newline = bytes.indexOf("\n", colon);
      const end = newline < 0 ? bytes.length : newline;
      rows.set(id, bytes.toString("utf8", colon + 1, end));
      at = end + 1;
    }
  }
  return rows;
}

function parsedRow(row: string): unknown {
  try {
    return JSON.parse(row);
  } catch {
    return row;
  }
}

/** Posts an action as the browser does and reads its result from the answer (React's rows: `0:` names the result's row). */
async function callAction(baseURL: string, cookie: string, action: Action, args: unknown[]): Promise<Answer> {
  const body = await encodeReply(args);
  const response = await fetch(new URL(action.page, baseURL), {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": action.id,
      accept: "text/x-component",
      cookie,
      ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
    },
    body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const rows = flightRows(bytes);
  let result: unknown;
  let thrown = false;
  const head = rows.get("0");
  if (head?.startsWith("{")) {
    const pointer = (JSON.parse(head) as { a?: unknown }).a;
    const reference = typeof pointer === "string" ? /^\$@([0-9a-f]+)$/.exec(pointer)?.[1] : undefined;
    const row = reference ? rows.get(reference) : undefined;
    if (row?.startsWith("E")) thrown = true;
    else result = row !== undefined ? parsedRow(row) : pointer;
  }
  return { status: response.status, location: response.headers.get("location"), result, thrown, text: bytes.toString("utf8", 0, 300) };
}

/** What is wrong with an answer to a call with bad arguments, or null when it is a refusal. */
function problemWith(answer: Answer, action: Action): string | null {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.text}`;
  if (answer.thrown) return `threw: ${answer.text}`;
  // Signing out ends on the sign-in page.
  if (TAKES_NO_INPUT.has(action.name)) return answer.status < 400 ? null : `answered ${answer.status}: ${answer.text}`;
  if (answer.status !== 200) return `answered ${answer.status} (to ${answer.location ?? "no redirect"}): ${answer.text}`;
  const result = answer.result as { ok?: unknown; error?: unknown } | undefined;
  if (!result || typeof result.error !== "string" || !result.error) return `no form error in ${JSON.stringify(result)?.slice(0, 200)}`;
  if (result.ok === true) return `succeeded: ${JSON.stringify(result).slice(0, 200)}`;
  if (result.error === GENERIC_FAILURE) return "answered with the generic failure (an unexpected error on the server)";
  return null;
}

/**
 * What a visitor sends: a verb refuses a visitor before it reads its input (lib/services/verb.ts), so one list of each
 * kind (none, a huge first argument, a form, files) shows every action refuses, without the editor's whole list.
 */
const VISITOR_ARGUMENTS = BAD_ARGUMENTS.filter(([label]) =>
  ["no arguments", "a 2 MB string", "an empty form", "a form alone whose every field is a file"].includes(label),
);

/**
 * What a signed-in person sends each action: six lists of every light kind (none, nulls, arrays, wrong types, an
 * empty form, a form of files), and one of the other ten in turn, so that every list, the megabytes-long ones
 * included, reaches a tenth of the actions. How an action reads its arguments is one module, whose rules
 * tests/unit/actionInput.test.ts pins down for all of them; calling every action with all sixteen took two minutes,
 * most of it parsing the megabytes of the huge lists.
 */
const EVERY_ACTION_GETS = new Set([
  "no arguments",
  "null, null",
  "arrays",
  "an object of wrong types",
  "an empty form",
  "a form alone whose every field is a file",
]);
function signedInArguments(actionIndex: number): typeof BAD_ARGUMENTS {
  const inTurn = BAD_ARGUMENTS.filter(([label]) => !EVERY_ACTION_GETS.has(label));
  return [...BAD_ARGUMENTS.filter(([label]) => EVERY_ACTION_GETS.has(label)), inTurn[actionIndex % inTurn.length]!];
}

/** Calls every action with its bad argument lists, four at a time; returns what went wrong, one line each. */
async function callEveryAction(
  baseURL: string,
  cookie: string,
  actions: Action[],
  who: string,
  argumentLists: (actionIndex: number) => typeof BAD_ARGUMENTS = signedInArguments,
): Promise<string[]> {
  const calls = actions.flatMap((action, index) => argumentLists(index).map(([label, args]) => ({ action, label, args })));
  const problems: string[] = [];
  let next = 0;
  const worker = async () => {
    for (let call = calls[next++]; call; call = calls[next++]) {
      if (call.label.includes("empty form") && EMPTY_FORM_IS_A_CHOICE.has(call.action.name)) continue;
      const problem = problemWith(await callAction(baseURL, cookie, call.action, call.args()), call.action);
      if (problem) problems.push(`${who} → ${call.action.name} (${call.label}): ${problem}`);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return problems.sort();
}

/** A fresh account of the role, signed in; returns its name and the cookie header its browser sends. */
async function signedInAccount(browser: Browser, request: APIRequestContext, role: "admin" | "editor") {
  const account = await seedAccount(request, role);
  const context = await signedInContext(browser, account);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  return { name: account.name, cookie };
}

/** The audit log's entries after `afterId` made by the named people, as "name: action" (the admin's CSV export). */
async function auditEntriesBy(baseURL: string, adminCookie: string, names: string[], afterId = 0): Promise<{ lastId: number; entries: string[] }> {
  const response = await fetch(new URL("/admin/audit/export", baseURL), { headers: { cookie: adminCookie } });
  expect(response.status).toBe(200);
  let lastId = 0;
  const entries: string[] = [];
  for (const line of (await response.text()).split("\r\n").slice(1)) {
    // id, time, actor, actor id, action, …: the actor's name is ours (no commas or quotes in it).
    const row = /^(\d+),[^,]*,([^,"]*),[^,]*,([^,]*),/.exec(line);
    if (!row) continue;
    const id = Number(row[1]);
    lastId = Math.max(lastId, id);
    if (id > afterId && names.includes(row[2]!)) entries.push(`${row[2]}: ${row[3]}`);
  }
  return { lastId, entries };
}

test("every server action answers bad arguments with a form error: no throw, no 5xx, no change", async ({ browser, baseURL, request }) => {
  test.setTimeout(600_000);
  const actions = buildActions();
  expect(actions.map((a) => a.name)).toEqual(expect.arrayContaining(["signInStep", "setPasswordAction", "deleteClaimAction", "createUserAction"]));
  expect(VISITOR_ARGUMENTS).toHaveLength(4);
  expect(signedInArguments(0)).toHaveLength(7);
  const [editor, admin] = await Promise.all([signedInAccount(browser, request, "editor"), signedInAccount(browser, request, "admin")]);
  const before = await auditEntriesBy(baseURL!, admin.cookie, []);

  // A visitor with a made-up session cookie gets past the proxy's shortcut to every action, which must refuse.
  const visitor = "authjs.session-token=not-a-session";
  // Actions that take no input do their job whatever they are sent (signing out would end the session under test).
  // The editor calls every other action; the admin those of the admin's pages, which refuse the editor first.
  const withInput = actions.filter((action) => !TAKES_NO_INPUT.has(action.name));
  const problems = [
    ...(await callEveryAction(baseURL!, visitor, actions, "visitor", () => VISITOR_ARGUMENTS)),
    ...(await callEveryAction(baseURL!, editor.cookie, withInput, "editor")),
    ...(await callEveryAction(baseURL!, admin.cookie, withInput.filter((action) => action.page.startsWith("/admin")), "admin")),
  ];
  expect.soft(problems).toEqual([]);

  // Nothing changed: the only entries the calls left are refusals (an editor trying admin actions), sign-ins and the
  // admin's exports of the log itself.
  const after = await auditEntriesBy(baseURL!, admin.cookie, [editor.name, admin.name], before.lastId);
  expect(after.entries.filter((entry) => !/: (access\.refused|auth\.sign_in|audit\.export)$/.test(entry))).toEqual([]);
});

test("a far too long field gets a clear message on the sign-in and set-password forms", async ({ baseURL }) => {
  const actions = buildActions();
  const action = (name: string) => actions.find((a) => a.name === name)!;
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };

  const login = await callAction(baseURL!, "", action("signInStep"), [null, form({ email: "editor@factdesk.test", password: MEGABYTES_2, next: "/desk" })]);
  expect(login.status).toBe(200);
  expect(login.result).toEqual({ error: FIELD_TOO_LONG, email: "" });

  const setPassword = await callAction(baseURL!, "", action("setPasswordAction"), [null, form({ token: MEGABYTES_2, password: "x", confirm: "x" })]);
  expect(setPassword.status).toBe(200);
  expect(setPassword.result).toEqual({ ok: false, error: FIELD_TOO_LONG, fieldErrors: { token: FIELD_TOO_LONG } });
});
