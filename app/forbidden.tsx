import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col gap-3 px-4 py-16">
      <h1 className="text-2xl font-semibold">You do not have access to this page</h1>
      <p>Your account&apos;s role does not allow this. If you need it, ask an admin of your newsroom.</p>
      <Link href="/desk" className="text-blue-800 underline">
        Back to the desk
      </Link>
    </main>
  );
}
