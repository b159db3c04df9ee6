// A bounded queue of lines between a producer that pushes (a dump) and a consumer that pulls (a restore), so a move
// streams a database of any size through a few thousand lines of memory.

/** `push` waits while the queue is full; `fail` stops both sides with the error. */
export function lineChannel(capacity = 5000) {
  const queue: string[] = [];
  let ended = false;
  let failure: unknown = null;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const wake = () => {
    wakeConsumer?.();
    wakeProducer?.();
    wakeConsumer = wakeProducer = null;
  };
  return {
    async push(line: string) {
      while (queue.length >= capacity && !failure) await new Promise<void>((resolve) => (wakeProducer = resolve));
      if (failure) throw failure;
      queue.push(line);
      wakeConsumer?.();
      wakeConsumer = null;
    },
    end() {
      ended = true;
      wake();
    },
    fail(error: unknown) {
      failure ??= error;
      wake();
    },
    async *lines(): AsyncGenerator<string> {
      for (;;) {
        if (failure) throw failure;
        const line = queue.shift();
        if (line !== undefined) {
          if (queue.length < capacity / 2) {
            wakeProducer?.();
            wakeProducer = null;
          }
          yield line;
        } else if (ended) return;
        else await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    },
  };
}
