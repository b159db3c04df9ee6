import { fieldInWords, REFERENCE_FIELDS, valueInWords, type AuditWords, type ReferenceKind } from "./auditWords";

// What one audit entry changed, as readable field changes: ids of people, verdicts, claims and articles shown by
// name, sources as a list of links, long text shortened. The recorded JSON is untrusted for display: everything
// here is plain text (and http(s) addresses), never markup. Its words are the catalog's "admin.auditWords".

const MAX_VALUE_LENGTH = 80;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditValue = { kind: "text"; text: string } | { kind: "list"; items: { text: string; href: string | null }[] };

/** One field of an entry: its name in words, and its value before and after (null: not part of this entry). */
export type AuditFieldChange = { field: string; before: AuditValue | null; after: AuditValue | null };

/** `created`: only values recorded afterwards; `removed`: only before; `changed`: fields whose value differs. */
export type AuditChangeSummary = { mode: "created" | "removed" | "changed" | "none"; changes: AuditFieldChange[] };

/** Looks up the name of a referenced thing; undefined when it is not known (deleted, or never existed). */
export type NameOf = (kind: ReferenceKind, id: string) => string | undefined;

/** Whether a text is shaped like a row id (only those are looked up). */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The ids an entry's recorded values refer to, by kind, so a page can look each kind up in one query. */
export function referencedIds(recorded: unknown, into: Record<ReferenceKind, Set<string>>): void {
  if (!isRecord(recorded)) return;
  for (const [key, value] of Object.entries(recorded)) {
    const kind = (REFERENCE_FIELDS as Record<string, ReferenceKind>)[key];
    if (kind) for (const id of Array.isArray(value) ? value : [value]) if (isUuid(id)) into[kind].add(id);
  }
}

/**
 * The change one entry records. For two objects, the fields recorded afterwards whose values differ (some verbs
 * record the whole row they read before, and only the fields they wrote after); for a creation or deletion, the
 * values recorded; else the plain values.
 */
export function describeAuditChange(before: unknown, after: unknown, nameOf: NameOf, words: AuditWords): AuditChangeSummary {
  const show = (key: string | null, value: unknown) => displayValue(key, value, nameOf, words);
  if (isRecord(before) && isRecord(after)) {
    const changes = Object.keys(after)
      .filter((key) => !sameValue(before[key], after[key]))
      .map((key) => ({ field: fieldInWords(key, words), before: show(key, before[key]), after: show(key, after[key]) }));
    return { mode: changes.length ? "changed" : "none", changes };
  }
  if (isNone(before) && isRecord(after)) return { mode: "created", changes: fieldsOf(after, words, (key, value) => ({ before: null, after: show(key, value) })) };
  if (isRecord(before) && isNone(after)) return { mode: "removed", changes: fieldsOf(before, words, (key, value) => ({ before: show(key, value), after: null })) };
  if (isNone(before) && isNone(after)) return { mode: "none", changes: [] };
  return { mode: "changed", changes: [{ field: words("value"), before: isNone(before) ? null : show(null, before), after: show(null, after) }] };
}

function fieldsOf(record: Record<string, unknown>, words: AuditWords, pair: (key: string, value: unknown) => Omit<AuditFieldChange, "field">): AuditFieldChange[] {
  return Object.entries(record).map(([key, value]) => ({ field: fieldInWords(key, words), ...pair(key, value) }));
}

/** One recorded value as text, or as a list (sources, several people or claims). */
export function displayValue(key: string | null, value: unknown, nameOf: NameOf, words: AuditWords): AuditValue {
  const kind = key ? (REFERENCE_FIELDS as Record<string, ReferenceKind>)[key] : undefined;
  if (kind && Array.isArray(value)) return { kind: "list", items: value.map((id) => ({ text: referenceText(kind, id, nameOf, words), href: null })) };
  if (kind && isUuid(value)) return text(referenceText(kind, value, nameOf, words));
  if (Array.isArray(value) && value.length > 0 && value.every(isSourceLike)) {
    return { kind: "list", items: value.map((source) => ({ text: shorten(source.title?.trim() || source.url), href: safeHref(source.url) })) };
  }
  if (value === null || value === undefined) return text(words("none"));
  if (value === "") return text(words("empty"));
  if (typeof value === "boolean") return text(words(value ? "yes" : "no"));
  if (Array.isArray(value) && value.length === 0) return text(words("none"));
  // A whole claim recorded as one value (a merge's two claims): its statement says which.
  if (isRecord(value) && typeof value.statement === "string") return text(shorten(value.statement));
  // A list of named things (a rating scale's verdicts) by name; any other list item by item, in words.
  if (Array.isArray(value)) return { kind: "list", items: value.slice(0, MAX_LIST_ITEMS).map((item) => ({ text: shorten(inWords(key, item, words)), href: null })).concat(moreItems(value.length, words)) };
  return text(shorten(inWords(key, value, words)));
}

const MAX_LIST_ITEMS = 12;
const NAME_KEYS = ["label", "name", "title", "statement", "quote"] as const;

function moreItems(count: number, words: AuditWords): { text: string; href: null }[] {
  return count > MAX_LIST_ITEMS ? [{ text: words("more", { count: count - MAX_LIST_ITEMS }), href: null }] : [];
}

/**
 * Any recorded value as a line of words, never JSON: codes in words ("wrong_password" → "wrong password"), counts
 * number first ("0 moved, 2 changed"), a named thing by its name (a retired one says so), other records field by field.
 */
function inWords(key: string | null, value: unknown, words: AuditWords): string {
  if (value === null || value === undefined) return words("none");
  if (typeof value === "string") return valueInWords(key, value, words);
  if (typeof value === "boolean") return words(value ? "yes" : "no");
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length ? value.map((item) => inWords(key, item, words)).join(", ") : words("none");
  if (!isRecord(value)) return String(value);
  const name = NAME_KEYS.map((k) => value[k]).find((v): v is string => typeof v === "string" && v.trim() !== "");
  if (name !== undefined) return value.retired === true ? words("retired", { name }) : name;
  const entries = Object.entries(value);
  if (entries.length === 0) return words("none");
  if (typeof value.start === "number" && typeof value.end === "number") return words("characters", { start: value.start, end: value.end });
  if (entries.every(([, v]) => typeof v === "number")) return entries.map(([k, v]) => words("count", { count: v as number, what: fieldInWords(k, words).toLowerCase() })).join(", ");
  return entries.map(([k, v]) => `${fieldInWords(k, words)}: ${inWords(k, v, words)}`).join(", ");
}

function referenceText(kind: ReferenceKind, id: unknown, nameOf: NameOf, words: AuditWords): string {
  if (!isUuid(id)) return shorten(String(id));
  const name = nameOf(kind, id);
  if (name !== undefined) return shorten(name);
  return words(`gone.${kind}`);
}

function isSourceLike(value: unknown): value is { url: string; title?: string } {
  return isRecord(value) && typeof value.url === "string" && (value.title === undefined || typeof value.title === "string");
}

/** Only web addresses become links (never javascript: or data:). */
function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function text(value: string): AuditValue {
  return { kind: "text", text: value };
}

/** Whitespace folded, cut by code point (an emoji is never cut in half). */
function shorten(value: string): string {
  const characters = Array.from(value.replace(/\s+/g, " ").trim());
  return characters.length > MAX_VALUE_LENGTH ? `${characters.slice(0, MAX_VALUE_LENGTH - 1).join("")}…` : characters.join("");
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNone(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** The change as one line of text ("Reviewer: (none) → Ana; Due: (none) → 2026-03-01"), for a CSV cell. */
export function changeAsText(summary: AuditChangeSummary): string {
  const value = (v: AuditValue | null) => (v === null ? "" : v.kind === "text" ? v.text : v.items.map((item) => (item.href ? `${item.text} <${item.href}>` : item.text)).join(", "));
  return summary.changes
    .map((change) => {
      if (change.before === null) return `${change.field}: ${value(change.after)}`;
      if (change.after === null) return `${change.field}: ${value(change.before)}`;
      return `${change.field}: ${value(change.before)} → ${value(change.after)}`;
    })
    .join("; ");
}
