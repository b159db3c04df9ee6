// A workspace link to a claim (…/desk/articles/<id>#claim-<uuid>): the server never sees the fragment, so it renders
// the first claim. This script, placed before the workspace and run as the page is parsed, names the linked claim
// on <html>; until the workspace's own script has run, a style rule hides the server's claim when the link names
// another (Workspace.tsx), so the first claim never flashes. (CSS :target alone is set too late: when parsing ends.)

/** The attribute of <html> that names the claim the address links to. */
export const CLAIM_LINK_ATTRIBUTE = "data-claim-link";

/** The inline script (it runs with the page's nonce). */
export const CLAIM_LINK_SCRIPT = `(function(){var m=/^#claim-([0-9a-f-]{36})$/i.exec(location.hash);if(m)document.documentElement.setAttribute("${CLAIM_LINK_ATTRIBUTE}",m[1].toLowerCase())})()`;

/** A selector prefix: the address links to a claim other than `claimId`. */
export const linkedElsewhere = (claimId: string) => `html[${CLAIM_LINK_ATTRIBUTE}]:not([${CLAIM_LINK_ATTRIBUTE}="${claimId}"]) `;
/** A selector prefix: the address links to no claim, or to `claimId`. */
export const notLinkedElsewhere = (claimId: string) => `:is(html:not([${CLAIM_LINK_ATTRIBUTE}]),html[${CLAIM_LINK_ATTRIBUTE}="${claimId}"]) `;
