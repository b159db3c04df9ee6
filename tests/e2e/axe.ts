import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe-core for the page, set up to cost the least: axe.run in the page itself (legacy mode) instead of a partial run
 * per frame merged in a blank page that loads axe a second time, and details kept for violations only, the one result
 * the tests read. Measured on a loaded 2-core machine: about half the time on a reader's page, a quarter on the
 * audit log. What legacy mode leaves out is frames from other origins, and no page of ours has a frame.
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
}
