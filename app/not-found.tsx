import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p>We could not find that page. It may have moved, or the address may have a typo.</p>
      <Link href="/" className="text-blue-800 underline">
        Go to the home page
      </Link>
    </main>
  );
}
