import { describe, expect, test } from "vitest";
import { progressInWords } from "@/components/desk/lists/ArticleProgress";
import { dueInWords } from "@/components/desk/lists/DueDate";

const counts = (c: Partial<Record<"new" | "in_progress" | "needs_signoff" | "signed_off" | "dismissed", number>>) => ({
  new: 0,
  in_progress: 0,
  needs_signoff: 0,
  signed_off: 0,
  dismissed: 0,
  ...c,
});

describe("the desk in words", () => {
  test("an article's progress counts signed-off claims out of those not dismissed", () => {
    expect(progressInWords(counts({}))).toBe("No claims yet");
    expect(progressInWords(counts({ new: 2, in_progress: 1, needs_signoff: 2, signed_off: 3, dismissed: 1 }))).toBe(
      "3 of 8 signed off; 2 waiting for sign-off; 1 dismissed",
    );
    expect(progressInWords(counts({ new: 4 }))).toBe("0 of 4 signed off");
    expect(progressInWords(counts({ dismissed: 2 }))).toBe("All 2 claims dismissed");
  });

  test("a due date relative to today; only an open claim is overdue", () => {
    expect(dueInWords(-3, true)).toBe("Overdue by 3 days");
    expect(dueInWords(-1, true)).toBe("Overdue by 1 day");
    expect(dueInWords(-3, false)).toBe("Was due 3 days ago");
    expect(dueInWords(0, false)).toBe("Due today");
    expect(dueInWords(1, false)).toBe("Due tomorrow");
    expect(dueInWords(7, false)).toBe("Due in 7 days");
  });
});
