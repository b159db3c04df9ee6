import { DIFF_DELETE, DIFF_EQUAL, diffCleanupSemanticLossless, diffMain } from "diff-match-patch-es";
import type { Span } from "./span";

/**
 * Upper bound for the one diff computed per revision. When it is hit, diff-match-patch returns a
 * coarser (still valid) diff: fewer spans map by position and more fall back to quote search.
 */
export const DIFF_TIMEOUT_SECONDS = 0.25;

/** One run of consecutive deletions/insertions between two equal runs: old [oldStart, oldEnd) became new [newStart, newEnd). */
interface ChangeBlock {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
}

/** Maps offsets of the old text to offsets of the new text through one diff. */
export interface OffsetMap {
  /** New offset for a span start: text inserted exactly there falls outside the span, text replacing the span's first characters inside it. */
  mapStart(oldOffset: number): number;
  /** New offset for a span end: text inserted exactly there falls outside the span, text replacing the span's last characters inside it. */
  mapEnd(oldOffset: number): number;
  /** The new text around every edit (each edit's new range widened by `margin` on both sides), merged and in order. */
  regionsNearEdits(margin: number): Span[];
  /** True when a span of the new text overlaps or touches text the edit inserted or the point where text was deleted. */
  touchesEdit(span: Span): boolean;
}

/** Diffs `oldText` → `newText` once (line-mode speed-up, timeout, word-boundary cleanup) and returns the offset map. */
export function buildOffsetMap(oldText: string, newText: string): OffsetMap {
  const blocks = oldText === newText ? [] : changeBlocks(oldText, newText);
  const clamp = (offset: number) => Math.min(Math.max(0, offset), oldText.length);

  const blockAtOrBefore = (offset: number) => blocks[lastIndexAtOrBefore(blocks, "oldStart", offset)];

  return {
    mapStart(oldOffset) {
      const x = clamp(oldOffset);
      const block = blockAtOrBefore(x);
      if (!block) return x;
      if (block.oldStart === x) return block.oldEnd > x ? block.newStart : block.newEnd;
      return x < block.oldEnd ? block.newEnd : block.newEnd + (x - block.oldEnd);
    },
    mapEnd(oldOffset) {
      const x = clamp(oldOffset);
      const block = blockAtOrBefore(x);
      if (!block) return x;
      if (block.oldStart === x) return block.newStart;
      return x < block.oldEnd ? block.newStart : block.newEnd + (x - block.oldEnd);
    },
    touchesEdit(span) {
      // Blocks are ordered and disjoint in the new text too: only the last one starting at or before span.end can reach span.start.
      const block = blocks[lastIndexAtOrBefore(blocks, "newStart", span.end)];
      return block !== undefined && block.newEnd >= span.start;
    },
    regionsNearEdits(margin) {
      const regions: { start: number; end: number }[] = [];
      for (const block of blocks) {
        const start = Math.max(0, block.newStart - margin);
        const end = Math.min(newText.length, block.newEnd + margin);
        const last = regions[regions.length - 1];
        if (last && start <= last.end) last.end = Math.max(last.end, end);
        else regions.push({ start, end });
      }
      return regions;
    },
  };
}

/** Index of the last block whose `key` is <= `value` (blocks are sorted by both keys), or -1. */
function lastIndexAtOrBefore(blocks: readonly ChangeBlock[], key: "oldStart" | "newStart", value: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]![key] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function changeBlocks(oldText: string, newText: string): ChangeBlock[] {
  const diffs = diffMain(oldText, newText, { diffTimeout: DIFF_TIMEOUT_SECONDS }, true);
  // Only the lossless cleanup (slides edits onto word boundaries). diffCleanupSemantic/Efficiency would
  // fold short untouched equalities between two edits into the edit, losing anchors that sit there.
  diffCleanupSemanticLossless(diffs);
  const blocks: ChangeBlock[] = [];
  let oldPos = 0;
  let newPos = 0;
  let current: { oldStart: number; oldEnd: number; newStart: number; newEnd: number } | null = null;
  for (const [op, chunk] of diffs) {
    if (chunk.length === 0) continue;
    if (op === DIFF_EQUAL) {
      if (current) blocks.push(current);
      current = null;
      oldPos += chunk.length;
      newPos += chunk.length;
      continue;
    }
    current ??= { oldStart: oldPos, oldEnd: oldPos, newStart: newPos, newEnd: newPos };
    if (op === DIFF_DELETE) {
      oldPos += chunk.length;
      current.oldEnd = oldPos;
    } else {
      newPos += chunk.length;
      current.newEnd = newPos;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}
