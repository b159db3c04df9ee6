/** A half-open range `[start, end)` of JS string offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const WHITESPACE = /\s/;

/** Moves `start` forward past whitespace (when `leading`) and `end` back past whitespace (when `trailing`). */
export function trimSpan(text: string, span: Span, leading = true, trailing = true): Span {
  let { start, end } = span;
  while (leading && start < end && WHITESPACE.test(text.charAt(start))) start += 1;
  while (trailing && end > start && WHITESPACE.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}
