import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, test } from "vitest";
import { INTERFACE_LANGUAGES } from "@/lib/domain/interfaceLanguages";
import { CATALOGS } from "@/messages/catalogs";

// The interface's catalogs: every language has every English key and no other, each message is valid ICU with the
// same placeholders as the English one, and every key is used by some code.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(name, value);
    else for (const [inner, message] of flatten(value, name)) flat.set(inner, message);
  }
  return flat;
}

function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) {
      found.add(`<${element.value}>`);
      argumentsOf(element.children, found);
    }
  }
  return found;
}

const english = flatten(CATALOGS.en as unknown as Tree);

describe.each(INTERFACE_LANGUAGES.filter((language) => language !== "en"))("the %s catalog", (language) => {
  const catalog = flatten(CATALOGS[language] as unknown as Tree);

  test("has every English key and no other", () => {
    expect([...catalog.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !catalog.has(key))).toEqual([]);
  });

  test("has the English placeholders in every message, each message valid ICU, and every plural an `other` case", () => {
    for (const [key, message] of catalog) {
      const elements = parse(message);
      expect({ key, arguments: [...argumentsOf(elements)].sort() }).toEqual({ key, arguments: [...argumentsOf(parse(english.get(key) ?? ""))].sort() });
      for (const element of elements) if (element.type === TYPE.plural) expect(Object.keys(element.options), key).toContain("other");
    }
  });

  test("translates rather than copies: at most a few messages are the same as the English", () => {
    // Names, brands and codes may stay the same; whole sentences may not.
    const same = [...catalog].filter(([key, message]) => message === english.get(key) && /\s\S+\s/.test(message));
    expect(same).toEqual([]);
  });
});

describe("the English catalog", () => {
  test("every message parses as ICU", () => {
    for (const [key, message] of english) expect(() => parse(message), key).not.toThrow();
  });

  test("every key is used by some code", () => {
    // A key `area.group.leaf` is used where code names it whole or within its area (t("group.leaf")), or names one of
    // its namespaces ("area.group", or the area's JSON file) and its leaf (t("leaf"), a property `.leaf` of imported
    // messages, or a leaf a map hands to t()).
    const root = path.resolve(import.meta.dirname, "..", "..");
    const sources = ["app", "components", "lib", "i18n"].flatMap((folder) =>
      fs.readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => fs.readFileSync(path.join(root, folder, file), "utf8")),
    );
    const anywhere = (test: (source: string) => boolean) => sources.some(test);
    const unused = [...english.keys()].filter((key) => {
      const area = key.slice(0, key.indexOf("."));
      const parent = key.slice(0, key.lastIndexOf("."));
      const leaf = key.slice(key.lastIndexOf(".") + 1);
      if (anywhere((source) => source.includes(`"${key}"`) || source.includes(`"${key.slice(area.length + 1)}"`))) return false;
      const segments = parent.split(".");
      const namespaces = segments.slice(1).map((_, i) => segments.slice(0, i + 2).join("."));
      const named = anywhere((source) => namespaces.some((namespace) => source.includes(`"${namespace}"`)) || source.includes(`/${area}.json"`));
      // A leaf may hold a regular expression's signs (a recorded code such as "password+totp"): matched as written.
      const escapedLeaf = leaf.replace(/[.*+?^$|()[\]{}\\]/g, "\\$&");
      const leafPattern = new RegExp(`[".]${escapedLeaf}\\b`);
      return !(named && anywhere((source) => leafPattern.test(source)));
    });
    expect(unused).toEqual([]);
  });
});
