"use client";

import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/core/errors";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 560, margin: "4rem auto", padding: "0 1rem" }}>
        <h1>{databaseDown ? "We can't reach the database right now" : "Factdesk is having trouble"}</h1>
        <p>
          {databaseDown
            ? "Nothing you saved is lost. Please try again in a minute."
            : "The application could not load because of a problem on our side. Please try again in a moment."}
        </p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
