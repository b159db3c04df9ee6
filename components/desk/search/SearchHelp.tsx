/** What search looks in and how to ask it, for the page before a search and after one that found nothing. */
export function SearchHelp() {
  return (
    <div className="flex max-w-2xl flex-col gap-2 text-sm text-stone-700">
      <p>
        Search finds words in article titles and texts, and in claims&apos; statements, quotes, explanations and claimants. It
        matches words in any form: <q>mayors</q> also finds <q>mayor</q>.
      </p>
      <p>Try a name, a place or a figure. To narrow it down:</p>
      <ul className="list-disc pl-5">
        <li>
          put words in quotes to find them together: <code>&quot;unemployment fell&quot;</code>
        </li>
        <li>
          write <code>or</code> between words to find either: <code>drone or missile</code>
        </li>
        <li>
          put a minus sign before a word to leave it out: <code>Kremlin -parade</code>
        </li>
      </ul>
    </div>
  );
}
