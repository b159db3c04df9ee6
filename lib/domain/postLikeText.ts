// Whether a text reads as social-media posts (one post a line) rather than an article or a transcript.

const POST_MARKER = /\b(?:https?:\/\/|www\.)\S|(?:^|[^\p{L}\p{N}_])[@#][\p{L}\p{N}_]/u;

/** A single line up to this long is read as one post (a tweet is at most 280 characters, plus expanded links). */
const SINGLE_POST_MAX_CHARS = 600;

/** Share of non-empty lines with a link, @mention or #hashtag from which a text is read as posts. */
const POST_LINE_SHARE = 0.3;

/** How a sentence of an article ends; posts often stop without it. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s*$/u;

/**
 * True if `text` looks like posts, one a line: a single short line with a link, @mention or #hashtag or without a
 * final full stop (a one-sentence article is not a post), or at least 30% of the lines carry a link,
 * @mention or #hashtag (tweets mostly do; article text and debate transcripts rarely).
 */
export function isPostLikeText(text: string): boolean {
  const lines = text.split(/[\n\r\v\f\u0085\u2028\u2029]/).filter((line) => line.trim() !== "");
  if (lines.length === 0) return false;
  if (lines.length === 1) {
    const line = (lines[0] ?? "").trim();
    return line.length <= SINGLE_POST_MAX_CHARS && (POST_MARKER.test(line) || !SENTENCE_END.test(line));
  }
  const marked = lines.filter((line) => POST_MARKER.test(line)).length;
  return marked >= POST_LINE_SHARE * lines.length;
}
