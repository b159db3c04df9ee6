"use client";

import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/core/errors";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const databaseDown = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-semibold">{databaseDown ? "We can't reach the database right now" : "Something went wrong"}</h1>
      <p>
        {databaseDown
          ? "Nothing you saved is lost. Please try again in a minute."
          : "This page could not be shown because of a problem on our side. Nothing you saved has been lost."}
      </p>
      <button type="button" onClick={reset} className="self-start rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white">
        Try again
      </button>
    </main>
  );
}
