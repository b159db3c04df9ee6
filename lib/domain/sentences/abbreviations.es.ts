// Spanish abbreviations and sentence openers for the sentence splitter (see sentenceRules.ts). Written from the
// language's usage (RAE's list of abbreviations, newspaper style), not learned from a corpus.
import type { LanguageAbbreviations } from "./sentenceRules";

export const SPANISH: LanguageAbbreviations = {
  // Titles and forms of address, followed by a name: "el Sr. García", "la Dra. López", "D. Quijote".
  neverEnds: [
    "Sr", "Sra", "Srta", "Sres", "Sras", "Srs", "Dr", "Dra", "Dres", "Dras", "Lic", "Lcdo", "Lcda", "Licda", "Ing",
    "Arq", "Prof", "Profa", "Mons", "Fr", "Sto", "Sta", "Pbro", "Gral", "Cnel", "Tte", "Sgto", "Cap", "Excmo",
    "Excma", "Ilmo", "Ilma", "Dña", "D", "Dª", "Ud", "Uds", "Vd", "Vds", "Av", "Avda", "Pza", "Pl", "Mr", "Mrs", "Ms",
    "EE", "aprox", "ej", "vs", "cf", "vid", "op", "cit", "ca", "Hno", "Hnos", "Mtro", "Mtra",
  ],
  // Close a sentence as often as not: "en EE. UU. El", "Warner Bros. Records".
  mayEnd: ["UU", "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "St", "Cía", "Ltda", "hnos"],
  // Abbreviations only before a number: "pág. 12", "núm. 5", "art. 3".
  beforeNumber: [
    "pág", "págs", "núm", "núms", "nro", "art", "arts", "cap", "caps", "vol", "vols", "fig", "figs", "tel", "No",
    "Núm", "Art", "Vol", "Fig", "párr", "col",
  ],
  // Capitalised function words that open a sentence (a name after "UU." does not).
  openers: [
    "El", "La", "Los", "Las", "Lo", "Un", "Una", "Unos", "Unas", "En", "Con", "Por", "Para", "De", "Del", "Desde",
    "Durante", "Tras", "Según", "Sin", "Sobre", "Entre", "Hasta", "A", "Al", "Ante", "Bajo", "Contra", "Este",
    "Esta", "Estos", "Estas", "Esto", "Ese", "Esa", "Esos", "Esas", "Eso", "Aquel", "Aquella", "Aquellos", "Él",
    "Ella", "Ellos", "Ellas", "Yo", "Nosotros", "Nosotras", "Usted", "Ustedes", "Se", "Su", "Sus", "Mi", "Mis",
    "Nuestro", "Nuestra", "Le", "Les", "No", "Sí", "Si", "Pero", "Y", "E", "O", "U", "Ni", "Sino", "Aunque",
    "Además", "También", "Tampoco", "Cuando", "Mientras", "Como", "Porque", "Pues", "Así", "Luego", "Después",
    "Antes", "Ahora", "Hoy", "Ayer", "Entonces", "Todo", "Todos", "Toda", "Todas", "Cada", "Otro", "Otra", "Otros",
    "Otras", "Muchos", "Muchas", "Algunos", "Algunas", "Varios", "Varias", "Ya", "Aún", "Incluso", "Hay", "Fue",
    "Es", "Era", "Son", "Eran", "Qué", "Quién", "Cómo", "Dónde", "Cuándo", "Cuál", "Tal", "Tanto", "Asimismo",
    "Dicho", "Dicha", "Finalmente", "Actualmente", "Posteriormente", "Allí", "Aquí", "Nunca", "Siempre", "Mediante", "Sólo", "Solo", "Nadie", "Nada", "Ningún", "Ninguna", "Ambos", "Ambas",
  ],
  oneLetterWords: [],
};
