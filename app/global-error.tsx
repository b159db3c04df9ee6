"use client";

import { useSyncExternalStore } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/core/errors";
import { negotiateInterfaceLanguage } from "@/lib/domain/interfaceLanguages";
import { textDirection } from "@/lib/domain/languages";
import ar from "@/messages/ar/common.json";
import en from "@/messages/en/common.json";
import es from "@/messages/es/common.json";
import uk from "@/messages/uk/common.json";

const COMMON = { en, es, uk, ar };
const noSubscription = () => () => {};

// Shown when the root layout itself failed, so without its language or messages: in English from the server, then in
// the browser's language once it runs.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const asked = useSyncExternalStore(
    noSubscription,
    () => navigator.languages.join(","),
    () => null,
  );
  const language = negotiateInterfaceLanguage(asked, "en");
  const words = COMMON[language].error;
  const databaseDown = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <html lang={language} dir={textDirection(language)}>
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "4rem auto", padding: "0 1rem" }}>
        <h1>{databaseDown ? words.databaseTitle : words.globalTitle}</h1>
        <p>{databaseDown ? words.databaseText : words.globalText}</p>
        <button type="button" onClick={reset}>
          {words.retry}
        </button>
      </body>
    </html>
  );
}
