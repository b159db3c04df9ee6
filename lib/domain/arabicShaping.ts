// Arabic letters joined by hand: each letter replaced by its presentation form (isolated, final, initial, medial) and
// lam-alef by its ligature. For renderers that draw one glyph per character and join nothing themselves (next/og's
// satori: its shaper stops on Noto Sans Arabic's required ligatures). Written here because npm has no kept,
// permissively licensed reshaper: arabic-reshaper and js-arabic-reshaper are GPL-3.0, arabic-persian-reshaper had one
// release years ago.

/** Forms of each joining letter: [isolated, final, initial, medial]; a right-joining letter has no initial or medial. */
const FORMS = new Map<number, readonly number[]>();
const fourForms = (letters: readonly number[], first: number) => letters.forEach((letter, i) => FORMS.set(letter, [first + i * 4, first + i * 4 + 1, first + i * 4 + 2, first + i * 4 + 3]));
const twoForms = (letter: number, first: number) => FORMS.set(letter, [first, first + 1]);

FORMS.set(0x0621, [0xfe80]); // hamza joins nothing
twoForms(0x0622, 0xfe81);
twoForms(0x0623, 0xfe83);
twoForms(0x0624, 0xfe85);
twoForms(0x0625, 0xfe87);
fourForms([0x0626], 0xfe89);
twoForms(0x0627, 0xfe8d);
fourForms([0x0628], 0xfe8f);
twoForms(0x0629, 0xfe93);
fourForms([0x062a, 0x062b, 0x062c, 0x062d, 0x062e], 0xfe95);
twoForms(0x062f, 0xfea9);
twoForms(0x0630, 0xfeab);
twoForms(0x0631, 0xfead);
twoForms(0x0632, 0xfeaf);
fourForms([0x0633, 0x0634, 0x0635, 0x0636, 0x0637, 0x0638, 0x0639, 0x063a], 0xfeb1);
fourForms([0x0641, 0x0642, 0x0643, 0x0644, 0x0645, 0x0646, 0x0647], 0xfed1);
twoForms(0x0648, 0xfeed);
twoForms(0x0649, 0xfeef);
fourForms([0x064a], 0xfef1);
// Persian and Urdu letters (Arabic Presentation Forms-A).
twoForms(0x0671, 0xfb50);
fourForms([0x0679], 0xfb66);
fourForms([0x067e], 0xfb56);
fourForms([0x0686], 0xfb7a);
twoForms(0x0688, 0xfb88);
twoForms(0x0691, 0xfb8c);
twoForms(0x0698, 0xfb8a);
fourForms([0x06a9], 0xfb8e);
fourForms([0x06af], 0xfb92);
twoForms(0x06ba, 0xfb9e);
fourForms([0x06be], 0xfbaa);
fourForms([0x06c1], 0xfba6);
fourForms([0x06cc], 0xfbfc);
twoForms(0x06d2, 0xfbae);

const TATWEEL = 0x0640;
const LAM = 0x0644;
/** Lam followed by each alef: the ligature's isolated form (its final form is the next code point). */
const LAM_ALEF = new Map([[0x0622, 0xfef5], [0x0623, 0xfef7], [0x0625, 0xfef9], [0x0627, 0xfefb]]);

/** Vowel marks and other combining marks: they sit on a letter and do not break its joining. */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x06d6 && code <= 0x06ed && code !== 0x06dd && code !== 0x06de && code !== 0x06e9);
}

const joinsForward = (code: number | undefined) => code === TATWEEL || (code !== undefined && (FORMS.get(code)?.length ?? 0) === 4);
const joinsBackward = (code: number | undefined) => code === TATWEEL || (code !== undefined && (FORMS.get(code)?.length ?? 0) >= 2);

/** `text` with its Arabic letters in their contextual presentation forms, in the same (logical) order. */
export function shapeArabic(text: string): string {
  const codes = Array.from(text, (char) => char.codePointAt(0) ?? 0);
  const neighbour = (from: number, step: 1 | -1) => {
    for (let i = from + step; i >= 0 && i < codes.length; i += step) if (!isArabicMark(codes[i]!)) return i;
    return -1;
  };
  const out: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    const forms = FORMS.get(code);
    if (!forms) {
      out.push(code);
      continue;
    }
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    const joinedBefore = joinsForward(codes[before]) && joinsBackward(code);
    const ligature = code === LAM && after >= 0 ? LAM_ALEF.get(codes[after]!) : undefined;
    if (ligature !== undefined) {
      out.push(ligature + (joinedBefore ? 1 : 0), ...codes.slice(i + 1, after));
      i = after;
      continue;
    }
    const joinedAfter = joinsForward(code) && joinsBackward(codes[after]);
    const form = joinedBefore ? (joinedAfter ? 3 : 1) : joinedAfter ? 2 : 0;
    out.push(forms[form] ?? forms[0]!);
  }
  return out.map((code) => String.fromCodePoint(code)).join("");
}
