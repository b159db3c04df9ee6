import { tooLargeToSend } from "@/lib/domain/limits";

/** The size in bytes of what a server action would send for these values (UTF-8 JSON). */
export function encodedSize(values: unknown): number {
  return new TextEncoder().encode(JSON.stringify(values)).length;
}

const NOT_REACHED = "The server could not be reached. Check your connection and try again.";

/**
 * What a form says when its action's request failed: the server's refusal of a body too large for it (its 413,
 * whose plain text Next.js's client throws as the error's message), else `fallback`.
 */
export function notSentMessage(error: unknown, fallback: string = NOT_REACHED): string {
  const refusal = tooLargeToSend();
  return error instanceof Error && error.message.trim() === refusal ? refusal : fallback;
}
