"use client";

import { useCallback, type ComponentProps, type RefObject } from "react";
import { TextAreaField } from "@/components/ui/TextAreaField";

type Props = Omit<ComponentProps<typeof TextAreaField>, "ref" | "readOnly" | "onChange" | "value"> & {
  value: string;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
};

/**
 * A textarea whose text can be selected, with the mouse or with Shift and the arrow keys, but not changed.
 * Deliberately not `readOnly`: Chromium ignores the arrow keys in a read-only textarea, which would leave keyboard
 * users unable to select. Edits are refused at `beforeinput` instead (typing, deleting, pasting, dropping), and the
 * value is controlled, so anything that slips through (an IME composition) is put back.
 */
export function SelectableTextArea({ textareaRef, ...props }: Props) {
  const attach = useCallback(
    (element: HTMLTextAreaElement | null) => {
      textareaRef.current = element;
      if (!element) return;
      const refuse = (event: Event) => event.preventDefault();
      element.addEventListener("beforeinput", refuse);
      return () => {
        element.removeEventListener("beforeinput", refuse);
        textareaRef.current = null;
      };
    },
    [textareaRef],
  );
  return <TextAreaField {...props} ref={attach} aria-readonly onChange={ignoreEdit} />;
}

function ignoreEdit() {}
