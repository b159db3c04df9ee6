import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import { progressInWords } from "@/components/desk/lists/ArticleProgress";
import { dueInWords } from "@/components/desk/lists/DueDate";
import { CATALOGS } from "@/messages/catalogs";

const progress = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "desk.progress" });
const due = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "desk.due" });

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
    expect(progressInWords(counts({}), progress)).toBe("No claims yet");
    expect(progressInWords(counts({ new: 2, in_progress: 1, needs_signoff: 2, signed_off: 3, dismissed: 1 }), progress)).toBe(
      "3 of 8 signed off; 2 waiting for sign-off; 1 dismissed",
    );
    expect(progressInWords(counts({ new: 4 }), progress)).toBe("0 of 4 signed off");
    expect(progressInWords(counts({ dismissed: 2 }), progress)).toBe("All 2 claims dismissed");
  });

  test("a due date relative to today; only an open claim is overdue", () => {
    expect(dueInWords(-3, true, due)).toBe("Overdue by 3 days");
    expect(dueInWords(-1, true, due)).toBe("Overdue by 1 day");
    expect(dueInWords(-3, false, due)).toBe("Was due 3 days ago");
    expect(dueInWords(0, false, due)).toBe("Due today");
    expect(dueInWords(1, false, due)).toBe("Due tomorrow");
    expect(dueInWords(7, false, due)).toBe("Due in 7 days");
  });
});
