import Link from "next/link";

export default function DeskNotFound() {
  return (
    <section className="flex max-w-xl flex-col gap-3 py-8">
      <h1 className="text-2xl font-semibold">Article not found</h1>
      <p>We could not find that article. It may have been deleted, or the address may be incomplete.</p>
      <Link prefetch={false} href="/desk" className="text-blue-800 underline">
        Back to the desk
      </Link>
    </section>
  );
}
