import { unstable_rethrow } from "next/navigation";
import { errorLanguage } from "./errorLanguage";
import { classifyError } from "./errorTable";
import { wordedError } from "./errorWording";
import { forPage } from "./pageAccess";

/** A filtered list as a page shows it: the data, or what is wrong with the filters in the address. */
export type Filtered<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors: Record<string, string> };

/**
 * Awaits a page's filtered read. Bad filters in the address are the visitor's to fix (the `filters` column of
 * lib/web/errorTable.ts), so they come back to be shown beside the filter form; every other failure is answered as
 * forPage answers it. They are worded in the page's interface language.
 */
export async function withFilterErrors<T>(loading: Promise<T>, path: string): Promise<Filtered<T>> {
  try {
    return { ok: true, data: await loading };
  } catch (thrown) {
    unstable_rethrow(thrown);
    const { error, answer } = classifyError(thrown);
    if (answer?.filters) {
      const { error: message, fieldErrors } = wordedError(error, await errorLanguage());
      return { ok: false, error: message, fieldErrors };
    }
    return forPage(Promise.reject(error), path);
  }
}
