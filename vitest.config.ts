import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Pure code, no shared state between files: threads that keep their modules loaded from file to file take
          // half the time of a fresh process per file (25 s against 48 s on 2 cores). Files run in a random order, so
          // one leaning on what another left behind fails.
          pool: "threads",
          isolate: false,
          sequence: { shuffle: { files: true, tests: false } },
          // They run beside the browser tests (scripts/test.sh): starting a worker thread can take seconds then.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          // One database per run (Postgres, or one PGlite, whose start-up costs seconds): files run one at a
          // time in one module graph, and each file starts by emptying the tables.
          fileParallelism: false,
          isolate: false,
          // Tests run in a random order (the seed is printed), so none can lean on what an earlier one left behind.
          sequence: { shuffle: { tests: true } },
          // They run at a low CPU priority beside the browser tests (scripts/test.sh, .ci/run): the longest tests
          // (races run many times, a database out of reach) take 20-30 s then, and opening the embedded database
          // again after one (migrations, seed) has taken over a minute on a loaded 2-core machine. Limits that only
          // catch a hang.
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
