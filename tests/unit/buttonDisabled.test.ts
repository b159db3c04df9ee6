import { createElement, isValidElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test, vi } from "vitest";
import { Button } from "@/components/ui/Button";

// A button disabled while its action runs keeps focus (the native attribute would drop it to the page): it is said
// disabled with aria-disabled, and a click on it does nothing.
test("a disabled button is said to be disabled, stays focusable, and a click on it runs nothing", () => {
  const onClick = vi.fn();
  const html = renderToStaticMarkup(createElement(Button, { disabled: true, onClick }, "Save"));
  expect(html).toContain('aria-disabled="true"');
  expect(html).not.toMatch(/\sdisabled=""/);
  const button = Button({ disabled: true, onClick, children: "Save" }) as ReactElement<{ onClick: (event: { preventDefault(): void }) => void }>;
  expect(isValidElement(button)).toBe(true);
  const preventDefault = vi.fn();
  button.props.onClick({ preventDefault });
  expect(onClick).not.toHaveBeenCalled();
  expect(preventDefault).toHaveBeenCalled();
});

test("an enabled button runs its click, and a button with neither (a server page's submit) carries no handler", () => {
  const onClick = vi.fn();
  (Button({ onClick, children: "Save" }) as ReactElement<{ onClick: () => void }>).props.onClick();
  expect(onClick).toHaveBeenCalledOnce();
  expect((Button({ type: "submit", children: "Filter" }) as ReactElement<{ onClick?: unknown }>).props.onClick).toBeUndefined();
  expect(renderToStaticMarkup(createElement(Button, { type: "submit" }, "Filter"))).not.toContain('aria-disabled="');
});
