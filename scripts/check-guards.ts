// Proves that the verb registry test (tests/integration/verbRegistry.test.ts) bites, by mutation. Each verb declares
// the permission it checks, and defineVerb (lib/services/verb.ts) checks it with one authorize(...) call: for every
// verb that declares one, that call is skipped for that verb alone. Then every other `authorize(...)` (the ownership
// checks once a row is read) and `recordAudit(...)` statement in the service verbs and in the helpers they share
// (lib/services/users/changeUser.ts) is removed. The registry test runs for the verbs each mutation affects and the
// files are put back; mutations of different files and verbs are judged in one run (batchesOf), each by the tests of
// its own verbs. "caught" means at least one of those failed; "SURVIVED" means none noticed the guard was gone.
// Exits 1 if any mutation survived (or a run could not be judged).
//
// Run: npm run test:guards            (every verb, a few minutes)
//      npx tsx scripts/check-guards.ts --verb reviewClaim
//      npx tsx scripts/check-guards.ts --list        (what would be removed, without running anything)
//
// It works in a temporary copy of the checkout, so the files you are editing are never touched. (A killed run of an
// older version left `<file>.guard-backup` next to a mutated file; this one still puts such a file back first.)
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const CHECKOUT = fileURLToPath(new URL("..", import.meta.url));
// Mutations are made in a copy of the checkout, never in it: an editor, a build or a commit running meanwhile must
// never see (or commit) a file with a guard removed. The copy shares node_modules and goes when the run ends.
const ROOT = copyOfCheckout();
process.on("exit", () => rmSync(ROOT, { recursive: true, force: true }));

function copyOfCheckout(): string {
  const copy = mkdtempSync(path.join(tmpdir(), "factdesk-guards-"));
  const skipped = new Set(["node_modules", ".git", ".next", "data", "test-results"]);
  cpSync(CHECKOUT, copy, { recursive: true, filter: (source) => !skipped.has(path.relative(CHECKOUT, source).split(path.sep)[0] ?? "") });
  symlinkSync(path.join(CHECKOUT, "node_modules"), path.join(copy, "node_modules"), "dir");
  return copy;
}
const SERVICES = "lib/services";
const REGISTRY = `${SERVICES}/registry.ts`;
/** Where defineVerb checks each verb's declared permission. */
const DEFINE_VERB = `${SERVICES}/verb.ts`;
const REGISTRY_TEST = "tests/integration/verbRegistry.test.ts";
const GUARDS = new Set(["authorize", "recordAudit"]);
const BACKUP_SUFFIX = ".guard-backup";

const USAGE = `Usage: npx tsx scripts/check-guards.ts [--verb <name>] [--list] [--batch <n>]

Skips defineVerb's permission check for each verb, and removes each other authorize(...) and recordAudit(...)
statement of the service verbs, runs ${REGISTRY_TEST} for the verbs each affects, and reports whether a
test of those verbs failed. Mutations of different files and verbs are judged together in one run.
  --verb <name>   check only this verb (its declared permission, its own file and the shared helpers it calls)
  --list          print each mutation (the lines it removes or changes) and run nothing
  --batch <n>     at most n mutations per run of the registry test (default 20; 1: one at a time, as before)
Exit codes: 0 every mutation caught; 1 a mutation survived or a run could not be judged; 2 bad usage.
`;

/** A file holding guards, and the verbs whose behaviour it decides. */
type GuardedFile = { file: string; verbs: string[] };

/** One guard statement removed: where, and the text that replaces `start..end` of the file. `of`: the one verb whose permission check is skipped. */
type Mutation = { file: string; line: number; guard: string; start: number; end: number; replacement: string; verbs: string[]; of?: string };

/** What one run of the registry test showed. */
type RunResult = { failed: string[]; passed: number; problem?: string };

// ---- Which files and verbs

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
}

function relative(from: string, specifier: string): string {
  return path.posix.join(path.posix.dirname(from), `${specifier}.ts`);
}

/** The verbs of lib/services/registry.ts, each with the file it is imported from. */
function registeredVerbs(): Map<string, string> {
  const source = parse(REGISTRY);
  const imports = new Map<string, string>();
  const listed = new Set<string>();
  source.forEachChild(function visit(node) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text.startsWith("./")) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) imports.set(element.name.text, relative(REGISTRY, node.moduleSpecifier.text));
      }
    }
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === "VERBS") {
      const object = node.initializer && ts.isSatisfiesExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (object && ts.isObjectLiteralExpression(object)) {
        for (const property of object.properties) if (property.name && ts.isIdentifier(property.name)) listed.add(property.name.text);
      }
    }
    node.forEachChild(visit);
  });
  if (listed.size === 0) throw new Error(`found no VERBS in ${REGISTRY}`);
  const verbs = new Map<string, string>();
  for (const name of listed) {
    const file = imports.get(name);
    if (!file) throw new Error(`${REGISTRY} lists ${name} but imports it from no file under ${SERVICES}`);
    verbs.set(name, file);
  }
  return verbs;
}

function serviceFiles(dir = SERVICES): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return serviceFiles(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

/** The calls to authorize(...) and recordAudit(...) in a file (not their declarations). */
function guardCalls(source: ts.SourceFile): ts.CallExpression[] {
  const calls: ts.CallExpression[] = [];
  source.forEachChild(function visit(node) {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && GUARDS.has(node.expression.text)) calls.push(node);
    node.forEachChild(visit);
  });
  return calls;
}

function importsFile(importer: string, target: string): boolean {
  return parse(importer).statements.some(
    (s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && relative(importer, s.moduleSpecifier.text) === target,
  );
}

/** Every verb file, plus every other service file holding a guard (a shared helper) with the verbs importing it. */
function guardedFiles(verbs: Map<string, string>): GuardedFile[] {
  const byFile = [...verbs].map(([name, file]) => ({ file, verbs: [name] }));
  const verbFiles = new Set(verbs.values());
  const helpers = serviceFiles().filter((file) => !verbFiles.has(file) && file !== DEFINE_VERB && guardCalls(parse(file)).length > 0);
  for (const helper of helpers) {
    const users = [...verbs].filter(([, file]) => importsFile(file, helper)).map(([name]) => name);
    if (users.length === 0) throw new Error(`${helper} holds a guard but no verb imports it directly; teach check-guards which verbs use it`);
    byFile.push({ file: helper, verbs: users });
  }
  return byFile;
}

// ---- Mutations

/** Start and end of a statement's whole line(s), so removing it leaves no blank line behind. */
function wholeLines(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const alone = text.slice(lineStart, start).trim() === "" && text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() === "";
  return alone ? [lineStart, lineEnd < 0 ? text.length : lineEnd + 1] : [start, end];
}

/**
 * How to remove one guard call so the file still compiles: an `await guard(...);` statement is deleted (an empty
 * block where it is the body of an `if`); `const actor = await authorize(ctx, ...)` keeps its variable, now the
 * unchecked `ctx.actor`, which has the same type; an arrow function's whole body becomes `Promise.resolve()`.
 */
function mutationFor(source: ts.SourceFile, call: ts.CallExpression, verbs: string[]): Mutation {
  const guard = (call.expression as ts.Identifier).text;
  const line = source.getLineAndCharacterOfPosition(call.getStart(source)).line + 1;
  const at = { file: source.fileName, line, guard, verbs };
  const awaited = ts.isAwaitExpression(call.parent) ? call.parent : call;
  const holder = awaited.parent;
  if (ts.isExpressionStatement(holder)) {
    const inList = ts.isBlock(holder.parent) || ts.isSourceFile(holder.parent) || ts.isCaseOrDefaultClause(holder.parent);
    if (!inList) {
      return { ...at, start: holder.getStart(source), end: holder.end, replacement: "{}" };
    }
    const [start, end] = wholeLines(source.text, holder.getStart(source), holder.end);
    return { ...at, start, end, replacement: "" };
  }
  if (guard === "authorize" && ts.isVariableDeclaration(holder) && holder.initializer === awaited && call.arguments[0]) {
    return { ...at, start: awaited.getStart(source), end: awaited.end, replacement: `${call.arguments[0].getText(source)}.actor` };
  }
  if (ts.isArrowFunction(holder) && holder.body === awaited) {
    return { ...at, start: awaited.getStart(source), end: awaited.end, replacement: "Promise.resolve()" };
  }
  throw new Error(`${source.fileName}:${line}: no rule for removing this ${guard}(...) call; add one to scripts/check-guards.ts`);
}

/** The permission a verb declares: the `permission` of the declaration its file passes to defineVerb({ ... }). */
function declaredPermission(file: string): string {
  const source = parse(file);
  let permission: string | undefined;
  source.forEachChild(function visit(node) {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "defineVerb") {
      const declaration = node.arguments[0];
      const property = declaration && ts.isObjectLiteralExpression(declaration)
        ? declaration.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "permission")
        : undefined;
      if (property && ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)) permission = property.initializer.text;
    }
    node.forEachChild(visit);
  });
  if (!permission) throw new Error(`${file}: found no defineVerb({ permission: "…", … }) declaration`);
  return permission;
}

/**
 * defineVerb's one authorize(...) call, skipped for one verb at a time: for that verb it answers the unchecked
 * `ctx.actor` (same type) instead, while every other verb is still checked. A public verb declares no check to skip.
 */
function permissionMutations(verbs: Map<string, string>): Mutation[] {
  const source = parse(DEFINE_VERB);
  const calls = guardCalls(source);
  const call = calls[0];
  const defineVerb = source.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === "defineVerb");
  const declaration = defineVerb?.parameters[0]?.name;
  if (calls.length !== 1 || !call || !call.arguments[0] || !defineVerb || !declaration || !ts.isIdentifier(declaration)) {
    throw new Error(`${DEFINE_VERB}: expected defineVerb(declaration, run) with one authorize(...) call; teach check-guards the new shape`);
  }
  const awaited = ts.isAwaitExpression(call.parent) ? call.parent : call;
  const original = awaited.getText(source);
  const ctx = call.arguments[0].getText(source);
  const line = source.getLineAndCharacterOfPosition(call.getStart(source)).line + 1;
  return [...verbs]
    .filter(([, file]) => declaredPermission(file) !== "public")
    .map(([verb]) => ({
      file: DEFINE_VERB,
      line,
      guard: "authorize",
      start: awaited.getStart(source),
      end: awaited.end,
      replacement: `(${declaration.text}.name === ${JSON.stringify(verb)} ? ${ctx}.actor : ${original})`,
      verbs: [verb],
      of: verb,
    }));
}

function mutationsOf({ file, verbs }: GuardedFile): Mutation[] {
  const source = parse(file);
  return guardCalls(source).map((call) => mutationFor(source, call, verbs));
}

function label(m: Mutation): string {
  return `${path.basename(m.file)}:${m.line} ${m.guard}(...)${m.of ? ` of ${m.of}` : ""}`;
}

// ---- Changing a file and always putting it back

const mutated = new Map<string, string>();

function restore(): void {
  for (const [file, original] of mutated) {
    const absolute = path.join(ROOT, file);
    writeFileSync(absolute, original);
    rmSync(absolute + BACKUP_SUFFIX, { force: true });
  }
  mutated.clear();
}

/** Applies one mutation per file (a batch never holds two in one file: see batchesOf). */
function applyMutations(batch: Mutation[]): void {
  for (const m of batch) {
    const absolute = path.join(ROOT, m.file);
    const original = readFileSync(absolute, "utf8");
    writeFileSync(absolute + BACKUP_SUFFIX, original);
    mutated.set(m.file, original);
    writeFileSync(absolute, original.slice(0, m.start) + m.replacement + original.slice(m.end));
  }
}

/** Puts back any file a killed run left mutated. */
function recoverLeftovers(): void {
  for (const file of serviceFiles()) {
    const backup = path.join(CHECKOUT, file + BACKUP_SUFFIX);
    if (!existsSync(backup)) continue;
    writeFileSync(path.join(CHECKOUT, file), readFileSync(backup));
    rmSync(backup);
    console.warn(`restored ${file} from the backup a previous run left behind`);
  }
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    restore();
    process.exit(128 + constants.signals[signal]);
  });
}

// ---- Running the registry test

type JsonReport = {
  testResults: { status: string; message?: string; assertionResults: { ancestorTitles: string[]; title: string; status: string }[] }[];
};

/**
 * Runs the registry test for these verbs only. -t matches a test's full name, its describe (the verb) and title
 * joined by a space in Vitest 4 (by " > " from Vitest 5, which starts with a space too); judge() checks that every
 * verb was really tested, so a filter that stops matching shows up as an error, not as survivors.
 */
function runRegistryTests(verbs: string[]): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "check-guards-"));
  const report = path.join(dir, "report.json");
  const args = ["run", REGISTRY_TEST, "--project", "integration", "-t", `^(${verbs.join("|")}) `, "--reporter=json", `--outputFile=${report}`];
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/vitest"), args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", (error) => resolve({ failed: [], passed: 0, problem: `could not start Vitest: ${error.message}` }));
    child.on("close", () => {
      const tail = output.trim().split("\n").slice(-20).join("\n");
      const result = existsSync(report)
        ? judge(JSON.parse(readFileSync(report, "utf8")) as JsonReport, verbs)
        : { failed: [], passed: 0, problem: `Vitest wrote no report:\n${tail}` };
      rmSync(dir, { recursive: true, force: true });
      resolve(result);
    });
  });
}

/** Reads a Vitest JSON report: which tests failed, and whether the run tested every verb it was meant to. */
function judge(report: JsonReport, verbs: string[]): RunResult {
  const results = report.testResults.flatMap((file) => file.assertionResults);
  const ran = results.filter((r) => r.status === "passed" || r.status === "failed");
  const failed = ran.filter((r) => r.status === "failed").map((r) => `${r.ancestorTitles.join(" > ")} > ${r.title}`);
  const untested = verbs.filter((verb) => !ran.some((r) => r.ancestorTitles[0] === verb));
  const fileError = failed.length ? undefined : report.testResults.find((file) => file.status === "failed")?.message;
  const problem = fileError
    ? `the test file failed outside any test: ${fileError.split("\n").slice(0, 5).join("\n")}`
    : untested.length
      ? `no test ran for ${untested.join(", ")}`
      : undefined;
  return { failed, passed: ran.length - failed.length, problem };
}

// ---- Main

type Options = { verb?: string; list: boolean; batch: number };

function parseArgs(args: string[]): Options | "help" {
  const options: Options = { list: false, batch: 20 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-h" || arg === "--help") return "help";
    if (arg === "--list") options.list = true;
    else if (arg === "--verb" && args[i + 1]) options.verb = args[++i];
    else if (arg === "--batch" && Number(args[i + 1]) >= 1) options.batch = Math.floor(Number(args[++i]));
    else throw new Error(`unexpected argument: ${arg}`);
  }
  return options;
}

/** A mutation as a diff-like excerpt: the original lines, then what replaces them. */
function preview(m: Mutation): string {
  const text = readFileSync(path.join(ROOT, m.file), "utf8");
  const from = text.lastIndexOf("\n", m.start - 1) + 1;
  const to = text.indexOf("\n", Math.max(m.start, m.end - 1));
  const before = text.slice(from, to);
  const after = (text.slice(from, m.start) + m.replacement + text.slice(m.end, to)).trimEnd();
  const lines = (prefix: string, s: string) => (s.trim() === "" ? [] : s.split("\n").map((l) => `  ${prefix} ${l}`));
  return [`${label(m)}  [${m.verbs.join(", ")}]`, ...lines("-", before), ...lines("+", after)].join("\n");
}

/** The files to mutate, narrowed to one verb (and the helpers it calls) when asked. */
function selectFiles(verbs: Map<string, string>, verb: string | undefined): GuardedFile[] {
  const files = guardedFiles(verbs);
  if (!verb) return files;
  return files.filter((f) => f.verbs.includes(verb)).map((f) => ({ ...f, verbs: [verb] }));
}

type Verdict = "caught" | "survived" | "error";

/**
 * Groups mutations so that one run of the registry test judges several: a batch never mutates one file twice (the
 * skipped permission checks of defineVerb excepted, which become one check skipped for several verbs) and never
 * holds two mutations that affect the same verb, so each failed test belongs to one mutation. A removed guard only
 * changes what its own verbs do when an actor calls them: the scenarios set up their rows with the system context,
 * which no guard stops, so one mutation cannot make another verb's tests fail.
 */
function batchesOf(mutations: Mutation[], size: number): Mutation[][] {
  const batches: Mutation[][] = [];
  for (const m of mutations) {
    const fits = batches.find(
      (batch) =>
        batch.length < size &&
        batch.every((other) => !other.verbs.some((verb) => m.verbs.includes(verb))) &&
        (m.file === DEFINE_VERB || batch.every((other) => other.file !== m.file)),
    );
    if (fits) fits.push(m);
    else batches.push([m]);
  }
  return batches;
}

/** The batch as it is applied: its skipped permission checks of defineVerb made into one, for all their verbs. */
function applicable(batch: Mutation[]): Mutation[] {
  const skips = batch.filter((m) => m.file === DEFINE_VERB);
  if (skips.length < 2) return batch;
  const names = JSON.stringify(skips.flatMap((m) => m.verbs));
  const combined = { ...skips[0]!, replacement: skips[0]!.replacement.replace(/^\((\w+)\.name === "[^"]+"/, `(${names}.includes($1.name)`) };
  return [combined, ...batch.filter((m) => m.file !== DEFINE_VERB)];
}

async function checkBatch(batch: Mutation[]): Promise<Verdict[]> {
  let result: RunResult;
  const verbs = batch.flatMap((m) => m.verbs);
  try {
    applyMutations(applicable(batch));
    result = await runRegistryTests(verbs);
  } finally {
    restore();
  }
  // A batch that could not be judged as a whole is tried again one mutation at a time.
  if (result.problem && batch.length > 1) {
    const verdicts: Verdict[] = [];
    for (const m of batch) verdicts.push(...(await checkBatch([m])));
    return verdicts;
  }
  return batch.map((m) => verdictOf(m, result));
}

function verdictOf(m: Mutation, result: RunResult): Verdict {
  if (result.problem) {
    console.log(`ERROR    ${label(m)}  ${result.problem}`);
    return "error";
  }
  const failed = result.failed.filter((name) => m.verbs.includes(name.split(" > ")[0]!));
  if (failed.length === 0) {
    console.log(`SURVIVED ${label(m)}  every test of ${m.verbs.join(", ")} passed`);
    return "survived";
  }
  console.log(`caught   ${label(m)}  ${failed.length} failed, first: ${failed[0]}`);
  return "caught";
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    console.log(USAGE);
    return 0;
  }
  const registered = registeredVerbs();
  if (options.verb && !registered.has(options.verb)) {
    console.error(`${options.verb} is not in ${REGISTRY}. Verbs: ${[...registered.keys()].join(", ")}`);
    return 2;
  }
  recoverLeftovers();
  const started = Date.now();
  const files = selectFiles(registered, options.verb);
  const declared = options.verb ? new Map([[options.verb, registered.get(options.verb)!]]) : registered;
  const mutations = [...permissionMutations(declared), ...files.flatMap(mutationsOf)];
  const verbs = [...new Set(mutations.flatMap((m) => m.verbs))];
  const unguarded = [...new Set(files.flatMap((f) => f.verbs))].filter((verb) => !verbs.includes(verb));
  if (unguarded.length) console.log(`no guard to remove in: ${unguarded.join(", ")}`);
  if (options.list) {
    for (const m of mutations) console.log(preview(m));
    console.log(`${mutations.length} mutations`);
    return 0;
  }
  if (mutations.length === 0) {
    console.log("guards: 0 mutations, 0 caught, 0 survived");
    return 0;
  }

  const baseline = await runRegistryTests(verbs);
  if (baseline.problem || baseline.failed.length) {
    console.error(`The registry test fails before any change; fix it first.\n${baseline.problem ?? baseline.failed.join("\n")}`);
    return 1;
  }
  console.log(`baseline: ${baseline.passed} tests of ${verbs.length} verbs pass; ${mutations.length} mutations to try`);

  const tally = { caught: 0, survived: 0, error: 0 };
  const batches = batchesOf(mutations, options.batch);
  console.log(`${batches.length} runs of the registry test, up to ${options.batch} mutations each`);
  for (const batch of batches) for (const verdict of await checkBatch(batch)) tally[verdict] += 1;

  const errors = tally.error ? `, ${tally.error} could not be judged` : "";
  console.log(`took ${Math.round((Date.now() - started) / 1000)}s`);
  console.log(`guards: ${mutations.length} mutations, ${tally.caught} caught, ${tally.survived} survived${errors}`);
  return tally.survived || tally.error ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    restore();
    console.error(error);
    process.exit(1);
  },
);
