// Reading pages without the framework's client code. Readers' pages are server-rendered whole and work without
// JavaScript (the claim popover is a small inline script of their own: components/reader/claimPopoverScript.ts), so
// the Next.js runtime, React and the page's flight data they would download only to hydrate a page that never
// changes (about 120 KB of compressed script and half the HTML's bytes). The reader cache keeps its pages this way.

/** Next.js's scripts: its chunks, its bootstrap and the flight data that hydration reads. */
const FRAMEWORK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*><\/script>|<script\b[^>]*>\s*(?:\(?self\.__next_[a-z]+|\(?globalThis\["TURBOPACK"\])[\s\S]*?<\/script>/g;
/** Hints to fetch those scripts early. */
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/static\/[^"]*\.js")[^>]*\/?>/g;
/** Parts of a page React streamed after its shell: only a script puts them in place. */
const STREAMED_LATER = /<template id="[BP]:|\$RC\(|\$RS\(/;

/** `html` without the framework's scripts; unchanged when the page needs them to show all it holds. */
export function withoutFrameworkScripts(html: string): string {
  if (STREAMED_LATER.test(html)) return html;
  return html.replace(FRAMEWORK_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
}
