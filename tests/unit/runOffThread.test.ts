import { describe, expect, test } from "vitest";
import { TimeBudgetExceededError } from "../../lib/core/workerPool";
import { suggestClaims } from "../../lib/domain/claimSuggestions";
import { diffWords } from "../../lib/domain/wordDiff";
import { runOffThread } from "../../lib/services/offThread/runOffThread";
import { diffTextInTime } from "../../lib/services/publishing/diffTextInTime";
import { SAMPLE_ARTICLE } from "./splitSentences.cases";

const EDITED = SAMPLE_ARTICLE.replace("drones", "missiles");

describe("runOffThread", () => {
  test("a worker thread gives the same suggestions and diffs as the functions themselves", async () => {
    expect(await runOffThread("suggestClaims", [SAMPLE_ARTICLE], 30_000)).toEqual(suggestClaims(SAMPLE_ARTICLE));
    expect(await runOffThread("diffWords", [SAMPLE_ARTICLE, EDITED], 30_000)).toEqual(diffWords(SAMPLE_ARTICLE, EDITED));
  });

  test("a task over its budget is refused", async () => {
    await expect(runOffThread("suggestClaims", ["- x\n".repeat(250_000)], 1)).rejects.toBeInstanceOf(TimeBudgetExceededError);
  });
});

describe("comparing two versions' texts", () => {
  test("word by word, or, over the budget, the whole text replaced", async () => {
    expect(await diffTextInTime(SAMPLE_ARTICLE, EDITED)).toEqual(diffWords(SAMPLE_ARTICLE, EDITED));
    const [long, changed] = ["- x\n".repeat(50_000), "- y\n".repeat(50_000)];
    expect(await diffTextInTime(long, changed, 1)).toEqual([[{ kind: "deleted", text: long }], [{ kind: "inserted", text: changed }]]);
  });
});
