import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, test } from "vitest";
import { AUDIT_FIELDS, AUDIT_VALUES, REFERENCE_FIELDS } from "@/lib/domain/auditWords";

// Every field the audit log shows has a name in every interface language, and every fixed code it shows has words.
// The log (describeAuditChange, lib/domain/auditChanges.ts) shows the fields an entry records afterwards (those that
// changed), or, for an entry with nothing afterwards, the fields recorded before; and the fields inside a recorded
// value that is neither a named thing, a source nor a span. A field without a name reads as its code split into
// English words ("Session id") in every language, a code without words as the code ("password").
//
// This reads what is recorded from the code, not from a list: TypeScript's types of what each recordAudit(...),
// recordSignInAudit(...) and insert(auditLog).values(...) in lib/ records, so a verb that records a new field fails
// here until the field has a name (fields.<key> of the catalog's admin.auditWords, listed in AUDIT_FIELDS).

const root = path.resolve(import.meta.dirname, "../..");

/** Fields whose codes are shown as they are recorded: language codes ("uk") and permission codes ("claim:assign"). */
const SHOWN_AS_RECORDED = new Set(["language", "interfaceLanguage", "permission"]);

/** The helpers that write what their callers hand them: their callers are read instead. */
const PASS_THROUGH = new Set(["lib/services/audit/recordAudit.ts", "lib/auth/signInAudit.ts"]);

const NAME_KEYS = ["label", "name", "title", "statement", "quote"];

type Shown = { fields: Map<string, Set<string>>; codes: Map<string, Map<string, Set<string>>>; unknowable: string[]; calls: number };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const WRITES_AUDIT = /\brecordAudit\(|\brecordSignInAudit\(|insert\(auditLog\)/;

/** What the audit log would show of every entry the code in lib/ records, by the type of what it records. */
function shownFields(): Shown {
  const roots = sourceFiles(path.join(root, "lib")).filter((file) => WRITES_AUDIT.test(fs.readFileSync(file, "utf8")));
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), { incremental: false, noEmit: true }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    },
  })!;
  const program = ts.createProgram(roots, { ...config.options, incremental: false, types: [] });
  const checker = program.getTypeChecker();
  const shown: Shown = { fields: new Map(), codes: new Map(), unknowable: [], calls: 0 };

  for (const file of roots) {
    const sourceFile = program.getSourceFile(file)!;
    const relative = path.relative(root, file);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(sourceFile);
        const where = `${relative}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
        const reader = new EntryReader(checker, shown, where);
        if (callee === "recordAudit" && !PASS_THROUGH.has(relative)) reader.entry(node.arguments[1]!);
        else if (callee === "recordSignInAudit") reader.recorded(node.arguments[3]!, null);
        else if (/insert\(auditLog\)\.values$/.test(callee) && !PASS_THROUGH.has(relative)) reader.entry(node.arguments[0]!);
        if (callee === "recordAudit" || callee === "recordSignInAudit" || /insert\(auditLog\)\.values$/.test(callee)) shown.calls++;
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return shown;
}

class EntryReader {
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly shown: Shown,
    private readonly where: string,
  ) {}

  /** An entry, or a list of entries, as an expression: its `before` and `after` as they are written, else by type. */
  entry(expression: ts.Expression): void {
    if (ts.isArrayLiteralExpression(expression)) return expression.elements.forEach((element) => this.entry(element));
    if (ts.isObjectLiteralExpression(expression)) {
      const part = (name: string) => {
        const property = expression.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === name);
        if (!property) return null;
        if (ts.isPropertyAssignment(property)) return property.initializer;
        if (ts.isShorthandPropertyAssignment(property)) return property.name;
        return null;
      };
      const before = part("before");
      const after = part("after");
      if (expression.properties.some(ts.isSpreadAssignment)) this.unknowable("an entry built with a spread");
      return this.recorded(after, before);
    }
    // Built elsewhere (a list mapped from rows): read by its type.
    const type = this.checker.getTypeAtLocation(expression);
    for (const entry of (this.elementTypes(type) ?? [type]).flatMap((t) => this.members(t))) {
      const typeOf = (name: string) => {
        const symbol = entry.getProperty(name);
        return symbol ? this.checker.getTypeOfSymbol(symbol) : null;
      };
      this.recordedTypes(typeOf("after"), typeOf("before"), []);
    }
  }

  /** What the log shows of one entry: the fields recorded after, else (nothing after) those recorded before. */
  recorded(after: ts.Expression | null, before: ts.Expression | null): void {
    const typeOf = (expression: ts.Expression | null) => (expression ? this.checker.getTypeAtLocation(expression) : null);
    this.recordedTypes(typeOf(after), typeOf(before), [...this.literalsWritten(after), ...this.literalsWritten(before)]);
  }

  private recordedTypes(after: ts.Type | null, before: ts.Type | null, written: [string, string][]): void {
    const afterRecords = after ? this.records(after) : [];
    const beforeRecords = before ? this.records(before) : [];
    if (after && this.members(after).some((m) => !this.isRecord(m))) this.value(null, after);
    const shownRecords = afterRecords.length ? afterRecords : beforeRecords;
    for (const record of shownRecords) {
      for (const property of this.properties(record)) {
        const key = property.name;
        this.field(key);
        this.value(key, this.checker.getTypeOfSymbol(property));
        // A changed field shows its value before too.
        for (const earlier of afterRecords.length ? beforeRecords : []) {
          const same = earlier.getProperty(key);
          if (same) this.value(key, this.checker.getTypeOfSymbol(same));
        }
      }
    }
    const shownKeys = new Set(shownRecords.flatMap((record) => this.properties(record).map((p) => p.name)));
    for (const [key, code] of written) if (shownKeys.has(key)) this.code(key, code);
  }

  /** A recorded value as the log shows it: codes in words, named things by name, other records field by field. */
  private value(key: string | null, type: ts.Type, depth = 0): void {
    if (depth > 6 || (key !== null && Object.hasOwn(REFERENCE_FIELDS, key))) return;
    for (const member of this.members(type)) {
      if (member.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) this.unknowable(`${key ?? "the value"} is ${this.checker.typeToString(member)}`);
      else if (member.isStringLiteral()) {
        if (key !== null) this.code(key, member.value);
      } else if (member.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike)) continue;
      else if (member.getSymbol()?.name === "Date") continue; // recorded as its ISO text
      else if (this.elementTypes(member)) {
        for (const element of this.elementTypes(member)!) if (!this.isSource(element)) this.value(key, element, depth + 1);
      } else if (this.isRecord(member)) {
        if (this.isNamed(member) || this.isSpan(member)) continue;
        const properties = this.properties(member);
        if (!properties.length) this.unknowable(`${key ?? "the value"} is ${this.checker.typeToString(member)}, whose fields are not known`);
        for (const property of properties) {
          this.field(property.name);
          this.value(property.name, this.checker.getTypeOfSymbol(property), depth + 1);
        }
      }
    }
  }

  /** Text constants written straight into a recorded field (`from: … ?? "file"`), which TypeScript widens to string. */
  private literalsWritten(expression: ts.Expression | null): [string, string][] {
    if (!expression || !ts.isObjectLiteralExpression(expression)) return [];
    const leaves = (node: ts.Expression): ts.Expression[] => {
      if (ts.isParenthesizedExpression(node)) return leaves(node.expression);
      if (ts.isConditionalExpression(node)) return [...leaves(node.whenTrue), ...leaves(node.whenFalse)];
      if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) {
        return [...leaves(node.left), ...leaves(node.right)];
      }
      return [node];
    };
    return expression.properties.flatMap((property): [string, string][] => {
      if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) return [];
      const key = property.name.text;
      return leaves(property.initializer).flatMap((leaf) => {
        const type = this.checker.getTypeAtLocation(leaf);
        return this.members(type).flatMap((m): [string, string][] => (m.isStringLiteral() ? [[key, m.value]] : []));
      });
    });
  }

  private field(key: string): void {
    const seen = this.shown.fields.get(key) ?? new Set();
    this.shown.fields.set(key, seen.add(this.where));
  }

  private code(key: string, code: string): void {
    const codes = this.shown.codes.get(key) ?? new Map<string, Set<string>>();
    codes.set(code, (codes.get(code) ?? new Set()).add(this.where));
    this.shown.codes.set(key, codes);
  }

  private unknowable(what: string): void {
    this.shown.unknowable.push(`${this.where}: ${what}`);
  }

  private members(type: ts.Type): ts.Type[] {
    const all = type.isUnion() ? type.types : [type];
    return all.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void | ts.TypeFlags.Never)));
  }

  private records(type: ts.Type): ts.Type[] {
    return this.members(type).filter((t) => this.isRecord(t));
  }

  private elementTypes(type: ts.Type): ts.Type[] | null {
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) return [...this.checker.getTypeArguments(type as ts.TypeReference)];
    return null;
  }

  private isRecord(type: ts.Type): boolean {
    return !!(type.flags & ts.TypeFlags.Object) && !this.elementTypes(type) && type.getSymbol()?.name !== "Date";
  }

  private properties(type: ts.Type): ts.Symbol[] {
    return this.checker.getPropertiesOfType(type);
  }

  private stringProperty(type: ts.Type, name: string): boolean {
    const property = type.getProperty(name);
    if (!property) return false;
    return this.members(this.checker.getTypeOfSymbol(property)).every((m) => !!(m.flags & ts.TypeFlags.StringLike));
  }

  /** A value shown by its name or statement (a verdict, a claim), not field by field. */
  private isNamed(type: ts.Type): boolean {
    return NAME_KEYS.some((name) => this.stringProperty(type, name));
  }

  /** A place in the text, shown as "characters 3–9". */
  private isSpan(type: ts.Type): boolean {
    return ["start", "end"].every((name) => {
      const property = type.getProperty(name);
      return property && this.members(this.checker.getTypeOfSymbol(property)).every((m) => !!(m.flags & ts.TypeFlags.NumberLike));
    });
  }

  /** A source, shown as a link (its title, else its address). */
  private isSource(type: ts.Type): boolean {
    return this.members(type).every((m) => this.isRecord(m) && this.stringProperty(m, "url"));
  }
}

describe("the audit log's words for what the services record", () => {
  let shown: Shown;
  // Type-checking the files that write audit entries takes seconds (more beside other tests on 2 cores).
  beforeAll(() => {
    shown = shownFields();
  }, 180_000);

  test("every entry's recorded fields can be read from its type", () => {
    // The calls of lib/ that write audit entries, all read (a few in the sign-in and refusal code, the rest in verbs).
    expect(shown.calls).toBeGreaterThan(50);
    expect(shown.unknowable).toEqual([]);
    // What is read is what is recorded: a sign-in names its method, a merge's two old claims are never shown.
    expect(shown.fields.has("method")).toBe(true);
    expect([...(shown.codes.get("method")?.keys() ?? [])].sort()).toEqual(["password", "password+recovery_code", "password+totp", "recovery_code", "totp"]);
    expect(shown.codes.get("from")?.has("file")).toBe(true);
    expect(shown.fields.has("first")).toBe(false);
  });

  test("every field the log shows has a name of its own", () => {
    const named = new Set<string>(AUDIT_FIELDS);
    const unnamed = [...shown.fields].filter(([key]) => !named.has(key)).map(([key, where]) => `${key} (${[...where].join(", ")})`);
    expect(unnamed, "add them to AUDIT_FIELDS (lib/domain/auditWords.ts) and to admin.auditWords.fields in every language").toEqual([]);
  });

  test("every fixed code the log shows has words of its own", () => {
    const values = AUDIT_VALUES as Record<string, readonly string[]>;
    const without = [...shown.codes]
      .filter(([key]) => !SHOWN_AS_RECORDED.has(key))
      .flatMap(([key, codes]) => [...codes].filter(([code]) => !values[key]?.includes(code)).map(([code, where]) => `${key}: ${code} (${[...where].join(", ")})`));
    expect(without, "add them to AUDIT_VALUES (lib/domain/auditWords.ts) and to admin.auditWords.values in every language").toEqual([]);
  });
});
