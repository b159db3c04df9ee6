import { describe, expect, test } from "vitest";
import { MAX_FORM_FIELD_CHARACTERS } from "@/lib/domain/limits";
import {
  FIELD_TOO_LONG,
  UNREADABLE_FORM,
  formBoolean,
  formCheckbox,
  formFile,
  formList,
  formOf,
  formText,
  inputFailure,
  objectInput,
  readActionInput,
  stringInput,
} from "@/lib/web/actionInput";

// How a server action reads its arguments (lib/web/actionInput.ts). Every exported action is also called over HTTP
// with bad arguments in tests/e2e/actionInputs.spec.ts; this file pins down the rules themselves.

function form(fields: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

const NOT_A_FORM = [undefined, null, 7, "s", true, [], [null, 7], {}, { get: () => "x" }, new Map([["name", "x"]]), new Date(0)];

describe("formOf", () => {
  const schema = formOf({ name: formText, note: formText });

  test.each(NOT_A_FORM.map((value) => [value]))("refuses %o as unreadable, without throwing", async (value) => {
    expect(await readActionInput(schema, value)).toEqual({ ok: false, error: UNREADABLE_FORM, fieldErrors: {} });
  });

  test("reads the named text fields; a missing one reads as empty, an unknown one is ignored", async () => {
    expect(await readActionInput(schema, form([["name", "Ada"], ["other", "x"]]))).toEqual({ ok: true, data: { name: "Ada", note: "" } });
  });

  test("refuses a file or a repeated value where text is expected, naming the field", async () => {
    expect(await readActionInput(schema, form([["name", new File(["x"], "x.txt")]]))).toEqual({
      ok: false,
      error: UNREADABLE_FORM,
      fieldErrors: { name: UNREADABLE_FORM },
    });
    expect(await readActionInput(schema, form([["note", "a"], ["note", "b"]]))).toMatchObject({ ok: false, fieldErrors: { note: UNREADABLE_FORM } });
  });

  test("refuses runaway text with a clear message beside the field; the longest allowed still passes", async () => {
    expect(await readActionInput(schema, form([["note", "x".repeat(2 * 1024 * 1024)]]))).toEqual({
      ok: false,
      error: FIELD_TOO_LONG,
      fieldErrors: { note: FIELD_TOO_LONG },
    });
    expect(await readActionInput(schema, form([["note", "x".repeat(MAX_FORM_FIELD_CHARACTERS)]]))).toMatchObject({ ok: true });
  });
});

describe("the other kinds of field", () => {
  test("a checkbox is ticked when sent as 'on' and unticked when missing; any other value is refused", async () => {
    const schema = formOf({ required: formCheckbox });
    expect(await readActionInput(schema, form([["required", "on"]]))).toEqual({ ok: true, data: { required: true } });
    expect(await readActionInput(schema, form([]))).toEqual({ ok: true, data: { required: false } });
    expect(await readActionInput(schema, form([["required", "yes"]]))).toMatchObject({ ok: false, error: UNREADABLE_FORM });
  });

  test("a true/false field must say one of the two: a missing or other value is not read as false", async () => {
    const schema = formOf({ active: formBoolean });
    expect(await readActionInput(schema, form([["active", "true"]]))).toEqual({ ok: true, data: { active: true } });
    expect(await readActionInput(schema, form([["active", "false"]]))).toEqual({ ok: true, data: { active: false } });
    expect(await readActionInput(schema, form([]))).toMatchObject({ ok: false, error: UNREADABLE_FORM });
    expect(await readActionInput(schema, form([["active", "no"]]))).toMatchObject({ ok: false, error: UNREADABLE_FORM });
  });

  test("a list holds every value sent under its name, none when missing; each value is text of bounded length", async () => {
    const schema = formOf({ claim: formList });
    expect(await readActionInput(schema, form([]))).toEqual({ ok: true, data: { claim: [] } });
    expect(await readActionInput(schema, form([["claim", "a:1"]]))).toEqual({ ok: true, data: { claim: ["a:1"] } });
    expect(await readActionInput(schema, form([["claim", "a:1"], ["claim", "b:2"]]))).toEqual({ ok: true, data: { claim: ["a:1", "b:2"] } });
    expect(await readActionInput(schema, form([["claim", "a:1"], ["claim", new File(["x"], "x.txt")]]))).toMatchObject({ ok: false, error: UNREADABLE_FORM });
    expect(await readActionInput(schema, form([["claim", "x".repeat(MAX_FORM_FIELD_CHARACTERS + 1)]]))).toMatchObject({ ok: false, error: FIELD_TOO_LONG });
  });

  test("a file field holds a file or nothing; text in it is refused", async () => {
    const schema = formOf({ file: formFile });
    const file = new File(["{}"], "data.json");
    expect(await readActionInput(schema, form([["file", file]]))).toMatchObject({ ok: true, data: { file: expect.any(File) } });
    expect(await readActionInput(schema, form([]))).toEqual({ ok: true, data: { file: undefined } });
    expect(await readActionInput(schema, form([["file", "not a file"]]))).toMatchObject({ ok: false, error: UNREADABLE_FORM });
  });
});

describe("arguments sent as values, not forms", () => {
  test("an object argument passes through untouched (its fields are the verb's to check); anything else is refused", async () => {
    const input = { claimId: 7, version: [] };
    const read = await readActionInput(objectInput<typeof input>(), input);
    expect(read).toEqual({ ok: true, data: input });
    for (const value of [undefined, null, 7, "s", [], [{}], new Map(), new Date(0), new FormData()]) {
      expect(await readActionInput(objectInput(), value)).toEqual({ ok: false, error: UNREADABLE_FORM, fieldErrors: {} });
    }
  });

  test("a string argument must be a string of bounded length", async () => {
    expect(await readActionInput(stringInput, "0f6c")).toEqual({ ok: true, data: "0f6c" });
    expect(await readActionInput(stringInput, 7)).toMatchObject({ ok: false, error: UNREADABLE_FORM });
    expect(await readActionInput(stringInput, "x".repeat(2 * 1024 * 1024))).toMatchObject({ ok: false, error: FIELD_TOO_LONG });
  });
});

describe("the form error", () => {
  test("is worded in the reader's interface language, field by field", () => {
    const schema = formOf({ note: formText, name: formText });
    const read = schema.safeParse(form([["note", "x".repeat(MAX_FORM_FIELD_CHARACTERS + 1)], ["name", new File(["x"], "x.txt")]]));
    expect(inputFailure("es", read.error!.issues)).toEqual({
      ok: false,
      error: "Esto es demasiado largo para este campo. Acórtelo e inténtelo de nuevo.",
      fieldErrors: {
        note: "Esto es demasiado largo para este campo. Acórtelo e inténtelo de nuevo.",
        name: "No se pudo leer este formulario. Vuelva a cargar la página e inténtelo de nuevo.",
      },
    });
    expect(inputFailure("en", read.error!.issues)).toEqual({ ok: false, error: FIELD_TOO_LONG, fieldErrors: { note: FIELD_TOO_LONG, name: UNREADABLE_FORM } });
  });
});
