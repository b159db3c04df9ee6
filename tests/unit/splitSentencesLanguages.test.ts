import { describe, expect, test } from "vitest";
import { splitSentences } from "../../lib/domain/sentences/splitSentences";

// Each case fails when the rule it names is removed, and most would split otherwise under the English rules. The
// sentences are written for these tests (none comes from a treebank).
type LanguageCase = { name: string; input: string; expected: readonly string[] };

const texts = (input: string, lang?: string) => splitSentences(input, { lang }).map((s) => s.text);

const SPANISH: readonly LanguageCase[] = [
  {
    name: "titles Sr., Dra. before a name",
    input: "El Sr. García y la Dra. López llegaron tarde. Hablaron con la prensa.",
    expected: ["El Sr. García y la Dra. López llegaron tarde.", "Hablaron con la prensa."],
  },
  {
    name: "EE. UU. inside a sentence and closing one",
    input: "El presidente de EE. UU. Joe Biden habló ayer. Nació en EE. UU. En 1990 se mudó a Lima.",
    expected: ["El presidente de EE. UU. Joe Biden habló ayer.", "Nació en EE. UU.", "En 1990 se mudó a Lima."],
  },
  {
    name: "etc. before a capital ends the sentence",
    input: "Había peras, manzanas, etc. Luego llegó la lluvia.",
    expected: ["Había peras, manzanas, etc.", "Luego llegó la lluvia."],
  },
  {
    name: "dialogue dash after ¿…? and ¡…!",
    input: "¿Vienes mañana? —preguntó Ana. ¡Claro que sí! —respondió él. Nadie más habló.",
    expected: ["¿Vienes mañana? —preguntó Ana.", "¡Claro que sí! —respondió él.", "Nadie más habló."],
  },
  {
    name: "a. C. and n. (nacido) before a number",
    input: "La ciudad fue fundada hacia el 300 a. C. por los fenicios. María Pérez (n. 23 de mayo de 1985) es actriz.",
    expected: ["La ciudad fue fundada hacia el 300 a. C. por los fenicios.", "María Pérez (n. 23 de mayo de 1985) es actriz."],
  },
  {
    name: "pág. before a number",
    input: "El dato está en la pág. 12 del informe. Allí se explica todo.",
    expected: ["El dato está en la pág. 12 del informe.", "Allí se explica todo."],
  },
  {
    name: "a semicolon before a capital ends a sentence, before a lowercase word it does not",
    input: "Ganó las elecciones; el partido lo celebró. Nació en Sevilla en 1920; Murió en Madrid en 1990.",
    expected: ["Ganó las elecciones; el partido lo celebró.", "Nació en Sevilla en 1920;", "Murió en Madrid en 1990."],
  },
  {
    name: "numbers 1.500, 3,5 and the ordinal 1.º stay whole",
    input: "El 1.º de mayo acudieron 1.500 personas. El gasto fue de 3,5 millones.",
    expected: ["El 1.º de mayo acudieron 1.500 personas.", "El gasto fue de 3,5 millones."],
  },
  {
    name: "« » quotes and an ellipsis",
    input: "Dijo: «No volveré». Después se fue… Nadie lo vio más.",
    expected: ["Dijo: «No volveré».", "Después se fue…", "Nadie lo vio más."],
  },
];

const RUSSIAN: readonly LanguageCase[] = [
  {
    name: "initials before a surname",
    input: "Поэму написал А. С. Пушкин в 1833 году. Она стала классикой.",
    expected: ["Поэму написал А. С. Пушкин в 1833 году.", "Она стала классикой."],
  },
  {
    name: "г. before a name, and after a year before a sentence opener",
    input: "Он родился в г. Тверь в 1950 г. В 1970 г. окончил университет.",
    expected: ["Он родился в г. Тверь в 1950 г.", "В 1970 г. окончил университет."],
  },
  {
    name: "ул. and им. before a name",
    input: "Музей находится на ул. Ленина. Театр им. Горького закрыт на ремонт.",
    expected: ["Музей находится на ул. Ленина.", "Театр им. Горького закрыт на ремонт."],
  },
  {
    name: "т. е. and и т. д.",
    input: "Это главный, т. е. самый важный вопрос. Он любил книги, музыку и т. д. Потом всё изменилось.",
    expected: ["Это главный, т. е. самый важный вопрос.", "Он любил книги, музыку и т. д.", "Потом всё изменилось."],
  },
  {
    name: "an abbreviation after a number is a unit that may end the sentence",
    input: "Рост составил 5 см. Затем рост прекратился.",
    expected: ["Рост составил 5 см.", "Затем рост прекратился."],
  },
  {
    name: "„…“ quotes",
    input: "Он сказал: „Я приду завтра.“ Потом ушёл домой.",
    expected: ["Он сказал: „Я приду завтра.“", "Потом ушёл домой."],
  },
  {
    name: "a dash and a lowercase word attribute the quote",
    input: "«Ты придёшь завтра?» — спросил он. Она промолчала.",
    expected: ["«Ты придёшь завтра?» — спросил он.", "Она промолчала."],
  },
  {
    name: "a typed dash (--) opens a line of dialogue too",
    input: "Он долго молчал. -- Нет, -- ответил он наконец.",
    expected: ["Он долго молчал.", "-- Нет, -- ответил он наконец."],
  },
  {
    name: "a hyphen and a space as a dash",
    input: "Он долго молчал. - Нет, - ответил он наконец.",
    expected: ["Он долго молчал.", "- Нет, - ответил он наконец."],
  },
  {
    name: "см. (смотри) before a capital",
    input: "Подробности (см. Приложение 2) опубликованы вчера. Их немного.",
    expected: ["Подробности (см. Приложение 2) опубликованы вчера.", "Их немного."],
  },
  {
    name: "an ellipsis in a title before a year in brackets",
    input: "Вышли альбомы «Как это было…» (1992) и «Дом» (1995). Оба хорошо продавались.",
    expected: ["Вышли альбомы «Как это было…» (1992) и «Дом» (1995).", "Оба хорошо продавались."],
  },
  {
    name: "обл. closes a sentence only before a sentence opener",
    input: "Он живёт в Тверской обл. Москва недалеко. Село находится в Тверской обл. В нём сто домов.",
    expected: ["Он живёт в Тверской обл. Москва недалеко.", "Село находится в Тверской обл.", "В нём сто домов."],
  },
  {
    name: "no sentence starts with a slash",
    input: "Плотность населения составляет 13 чел. / км². Это немного.",
    expected: ["Плотность населения составляет 13 чел. / км².", "Это немного."],
  },
  {
    name: "other signs may start a sentence",
    input: "Цена не указана. (~ 2000 $) Это дорого. * Цены без налога.",
    expected: ["Цена не указана.", "(~ 2000 $) Это дорого.", "* Цены без налога."],
  },
  {
    name: "a dash after an abbreviation goes on with the phrase",
    input: "Вышел альбом 2002 г. — «Где теперь любовь?». В 2004 г. Где-то в Сибири он выступал.",
    expected: ["Вышел альбом 2002 г. — «Где теперь любовь?».", "В 2004 г. Где-то в Сибири он выступал."],
  },
  {
    name: "коп. and тыс. after a number end a sentence only before an opener",
    input: "Тариф составил 46,6 коп. кВт·ч, сообщили в компании. Продали 63 тыс. То есть больше, чем год назад.",
    expected: ["Тариф составил 46,6 коп. кВт·ч, сообщили в компании.", "Продали 63 тыс.", "То есть больше, чем год назад."],
  },
  {
    name: "a heading run into the text ends before a word that only opens sentences",
    input: "Итоги года в цифрах Несмотря на кризис, выручка выросла. Планы на год: Однако, рост замедлится.",
    expected: ["Итоги года в цифрах", "Несмотря на кризис, выручка выросла.", "Планы на год:", "Однако, рост замедлится."],
  },
  {
    name: "no end before a letter, a polite Вы, a name or a quoted title",
    input: "Витамин С помогает. Мы рады, что Вы с нами. Это бог Один и фильм «Когда деревья были большими».",
    expected: ["Витамин С помогает.", "Мы рады, что Вы с нами.", "Это бог Один и фильм «Когда деревья были большими»."],
  },
  {
    name: "empty brackets open the next sentence",
    input: "Замужем, двое детей. () Родился в Швеции.",
    expected: ["Замужем, двое детей.", "() Родился в Швеции."],
  },
  {
    name: "a heading run into the text ends before a capitalised reflexive verb, never a name",
    input: "Символ мира и взаимопонимания Учился в Лейпциге. Её звали Вася Родионова.",
    expected: ["Символ мира и взаимопонимания", "Учился в Лейпциге.", "Её звали Вася Родионова."],
  },
  {
    name: "a long word's period ends a sentence before a lowercase word; an abbreviation's does not",
    input: "Мы видели это в фильме. уровень программы: бакалавриат. Было 5 тыс. зрителей, франц. издание и т. д. без конца. Изучал иностр. языки.",
    expected: ["Мы видели это в фильме.", "уровень программы: бакалавриат.", "Было 5 тыс. зрителей, франц. издание и т. д. без конца.", "Изучал иностр. языки."],
  },
  {
    name: "after a long word's period, a lowercase dash line or quote goes on with the sentence",
    input: "Это конец фильма. — сказал он. Он крикнул: «Уходите отсюда.» и хлопнул дверью.",
    expected: ["Это конец фильма. — сказал он.", "Он крикнул: «Уходите отсюда.» и хлопнул дверью."],
  },
];

const UKRAINIAN: readonly LanguageCase[] = [
  {
    name: "ім. and initials",
    input: "Вона закінчила університет ім. Т. Г. Шевченка. Працювала в Києві.",
    expected: ["Вона закінчила університет ім. Т. Г. Шевченка.", "Працювала в Києві."],
  },
  {
    name: "р. after a year: a name goes on, a sentence opener starts a sentence",
    input: "У 2017 р. Кабмін ухвалив рішення. Закон ухвалили 26 квітня 2018 р. Тоді ж його підписали.",
    expected: ["У 2017 р. Кабмін ухвалив рішення.", "Закон ухвалили 26 квітня 2018 р.", "Тоді ж його підписали."],
  },
  {
    name: "a one-letter unit before a sentence opener ends the sentence",
    input: "Щороку збирають 11 млн т. Тому ціни падають.",
    expected: ["Щороку збирають 11 млн т.", "Тому ціни падають."],
  },
  {
    name: "є is a word, not an abbreviation",
    input: "Проблема є. Наталія про це знає.",
    expected: ["Проблема є.", "Наталія про це знає."],
  },
  {
    name: "м. (місто) before a name",
    input: "Подія сталася у м. Харків минулого тижня. Поліція розслідує її.",
    expected: ["Подія сталася у м. Харків минулого тижня.", "Поліція розслідує її."],
  },
  {
    name: "див. before a quoted title",
    input: "Про це йдеться у звіті (див. «Бюджет на рік»). Він вийшов учора.",
    expected: ["Про це йдеться у звіті (див. «Бюджет на рік»).", "Він вийшов учора."],
  },
  {
    name: "dialogue dash after an ellipsis and a question",
    input: "Ми чекали довго… — Скільки саме? — спитав він.",
    expected: ["Ми чекали довго…", "— Скільки саме? — спитав він."],
  },
  {
    name: "мал. before a number, inside brackets",
    input: "Так працює ручний електродриль (мал. 119). Дрилі відрізняються потужністю.",
    expected: ["Так працює ручний електродриль (мал. 119).", "Дрилі відрізняються потужністю."],
  },
  {
    name: "an editor's note in brackets",
    input: "Вийдемо на 4–5% (наступного року. — Ред.). Це непоганий показник.",
    expected: ["Вийдемо на 4–5% (наступного року. — Ред.).", "Це непоганий показник."],
  },
  {
    name: "коп. and тис. after a number end a sentence only before an opener",
    input: "Тариф — 46,6 коп. кВт-год, каже вона. Продадуть 63 тис. Тобто на 2% більше.",
    expected: ["Тариф — 46,6 коп. кВт-год, каже вона.", "Продадуть 63 тис.", "Тобто на 2% більше."],
  },
  {
    name: "a smiley's bracket is no bracket",
    input: "Сумний день :( Справді. Так сумно :) Бувай.",
    expected: ["Сумний день :( Справді.", "Так сумно :) Бувай."],
  },
  {
    name: "a smiley belongs to the sentence before it",
    input: "Класний серіал. Трошки дивакуватий. :) Дивитись все одно приємно.",
    expected: ["Класний серіал.", "Трошки дивакуватий. :)", "Дивитись все одно приємно."],
  },
  {
    name: "a heading run into the text ends before a word that only opens sentences",
    input: "Підсумки року Незважаючи на кризу, виторг зріс. Ви з нами, Однак не всі.",
    expected: ["Підсумки року", "Незважаючи на кризу, виторг зріс.", "Ви з нами, Однак не всі."],
  },
  {
    name: "a heading ends before an adverb or a reflexive verb that only opens sentences",
    input: "Контракт із Феттелем Наприкінці року він закінчується. Наш гість Народився у Львові.",
    expected: ["Контракт із Феттелем", "Наприкінці року він закінчується.", "Наш гість", "Народився у Львові."],
  },
  {
    name: "a long word's period ends a sentence before a lowercase word",
    input: "Він не називає влади її власним іменем. ані прізвиськами. Ціна 5 грн. за кілограм.",
    expected: ["Він не називає влади її власним іменем.", "ані прізвиськами.", "Ціна 5 грн. за кілограм."],
  },
  {
    name: "a line of dialogue after a colon is a sentence of its own; a dash inside a sentence is not",
    input: "Дідусь посміхнувся й спитав: — Ви перед цим сиділи в тюрмі? Мета проста: — дешевше і швидше.",
    expected: ["Дідусь посміхнувся й спитав:", "— Ви перед цим сиділи в тюрмі?", "Мета проста: — дешевше і швидше."],
  },
];

describe.each([
  ["es", SPANISH],
  ["ru", RUSSIAN],
  ["uk", UKRAINIAN],
] as const)("splitSentences with lang %s", (lang, cases) => {
  test.each(cases)("$name", ({ input, expected }) => {
    expect(texts(input, lang)).toEqual(expected);
  });

  test.each(cases)("offsets are exact: $name", ({ input }) => {
    for (const span of splitSentences(input, { lang })) expect(input.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("splitSentences: choosing the rules", () => {
  const russian = RUSSIAN[0]!;
  test("without a language, or with an unknown one, English rules apply", () => {
    const english = texts(russian.input);
    expect(english).not.toEqual(russian.expected);
    expect(texts(russian.input, "en")).toEqual(english);
    expect(texts(russian.input, "xx")).toEqual(english);
    expect(texts(russian.input, "")).toEqual(english);
  });

  test("a region or upper case in the tag still picks the language", () => {
    expect(texts(russian.input, "RU")).toEqual(russian.expected);
    expect(texts(SPANISH[0]!.input, "es-MX")).toEqual(SPANISH[0]!.expected);
    expect(texts(UKRAINIAN[0]!.input, "uk_UA")).toEqual(UKRAINIAN[0]!.expected);
  });

  test("a heading is told by the language's rules", () => {
    const input = "Митинг в г. Тверь\nЛюди вышли на площадь утром.";
    expect(splitSentences(input, { lang: "ru" }).map((s) => [s.kind, s.text])).toEqual([
      ["heading", "Митинг в г. Тверь"],
      ["sentence", "Люди вышли на площадь утром."],
    ]);
  });

  test("a heading run into the text is a heading, never a claim; a line that is a heading stays one", () => {
    const kinds = (input: string, lang: string) => splitSentences(input, { lang }).map((s) => [s.kind, s.text, s.suggestible]);
    expect(kinds("Итоги прошедшего года в цифрах Несмотря на кризис, выручка выросла.", "ru")).toEqual([
      ["heading", "Итоги прошедшего года в цифрах", false],
      ["sentence", "Несмотря на кризис, выручка выросла.", true],
    ]);
    expect(kinds("Пандемия в регионе: Когда закончится карантин в России", "ru")).toEqual([
      ["heading", "Пандемия в регионе: Когда закончится карантин в России", false],
    ]);
    expect(kinds("Экономика региона Несмотря на санкции", "ru")).toEqual([["heading", "Экономика региона Несмотря на санкции", false]]);
  });

  test("speech after a colon, a newspaper's name and a smiley are no heading's end", () => {
    for (const [input, lang] of [
      ["Министр заявил: Сегодня мы победили.", "ru"],
      ["Президент сказав: Якщо нас підтримають, ми переможемо.", "uk"],
      ["Об этом пишет газета Сегодня в понедельник.", "ru"],
    ] as const) {
      expect(texts(input, lang)).toEqual([input]);
    }
    expect(splitSentences("Классный был концерт. :P Дальше было только лучше.", { lang: "ru" }).map((s) => s.kind)).toEqual(["sentence", "sentence"]);
  });

  test("quotes written as HTML character references close a sentence, in any language", () => {
    expect(texts("He said &quot;No.&quot; Then he left.")).toEqual(["He said &quot;No.&quot;", "Then he left."]);
    expect(texts("Он сказал: ``Нет.&#39;&#39; Потом ушёл.", "ru")).toEqual(["Он сказал: ``Нет.&#39;&#39;", "Потом ушёл."]);
  });
});
