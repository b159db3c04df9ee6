export { ANCHOR_CONTEXT_LENGTH, assertAnchorInText, createAnchor, type Anchor } from "./anchor";
export { mergeAnchors } from "./mergeAnchors";
export { buildOffsetMap, DIFF_TIMEOUT_SECONDS, type OffsetMap } from "./offsetMapping";
export { FUZZY_MAX_ERROR_RATIO } from "./quoteSearch";
export { MIN_EDITED_SIMILARITY, reanchorAll, type ReanchorResult, type ReanchorStatus } from "./reanchor";
export { splitAnchor } from "./splitAnchor";
export type { Span } from "./span";
