import { expect, test as base } from "@playwright/test";

/**
 * The specs' `test`: Playwright's, plus a check that no page broke the
 * Content-Security-Policy (proxy.ts). The browser reports each violation as a
 * `securitypolicyviolation` event and a console error; either fails the test
 * that caused it, so a policy too strict for Next, recharts or a new feature
 * shows up in the spec that exercises it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // Init scripts are injected by the browser itself, so the page's own policy does not block this one.
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
        });
      });
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && /Content Security Policy|CSP violation/i.test(text)) violations.push(text);
      });
      await use(violations);
      expect(violations, "the page broke its Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { APIRequestContext, Browser, Page, Route, TestInfo } from "@playwright/test";

/**
 * The Origin a browser sends with a write from MockLoop's own pages. Playwright's
 * `request` sends none, and cookie writes (demo sign-in included) refuse a missing one.
 */
export const E2E_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT ?? 3107}` };
