/**
 * A byte stream that reads the next chunk only when the reader asks for it (backpressure: a slow download never
 * makes the server read ahead), and stops reading when the reader goes away.
 */
export function streamOfChunks(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
