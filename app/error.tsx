"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p>This page could not be shown because of a problem on our side. Nothing you saved has been lost.</p>
      <button type="button" onClick={reset} className="self-start rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white">
        Try again
      </button>
    </main>
  );
}
