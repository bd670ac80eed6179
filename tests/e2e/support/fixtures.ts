import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";

import { contractChecker, type ContractChecker } from "../../support/api-contract";

export type { APIRequestContext, Browser, Page, Route, TestInfo } from "@playwright/test";

/**
 * The Origin a browser sends with a write from MockLoop's own pages. Playwright's
 * `request` sends none, and cookie writes (demo sign-in included) refuse a missing one.
 */
export const E2E_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT ?? 3107}` };

/** Signs a browser context in as a seeded demo user: the demo route creates a database session, no form to fill. */
export async function signIn(request: APIRequestContext, userId: string): Promise<void> {
  const response = await request.post("/api/v1/auth/demo", { data: { userId }, headers: E2E_ORIGIN });
  expect(response.status()).toBe(204);
}

/**
 * Collects the page's Content-Security-Policy violations (proxy.ts). The browser reports each one as a
 * `securitypolicyviolation` event and a console error; either fails the test that caused it, so a policy too
 * strict for Next, recharts or a new feature shows up in the spec that exercises it.
 */
export async function watchCsp(page: Page, violations: string[]) {
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
}

/**
 * Checks every /api/v1 answer the page receives against the published OpenAPI document
 * (tests/support/api-contract.ts): a JSON success against its operation's schema, an error
 * against the one Problem schema. Only the server's own answers are checked (handle() gives
 * each an x-request-id), not a spec's stand-ins from page.route; a page that navigates away
 * may drop a body before it is read, and such answers are skipped, not failed.
 */
export function watchApiContract(
  page: Page,
  contract: Promise<ContractChecker>,
  problems: string[],
  pending: Promise<void>[],
) {
  page.on("response", (response) => {
    const url = new URL(response.url());
    const headers = response.headers();
    if (!url.pathname.startsWith("/api/v1/") || !headers["x-request-id"]) return;
    const request = response.request();
    const type = headers["content-type"] ?? null;
    pending.push(
      (async () => {
        let body: unknown;
        if (/json/.test(type ?? "")) {
          try {
            body = await response.json();
          } catch {
            return;
          }
        }
        problems.push(...(await contract).contractProblems(request.method(), url.href, response.status(), type, body));
      })(),
    );
  });
}

let published: Promise<ContractChecker> | undefined;

/** The document the server under test publishes, read once per worker: what is checked is what is served. */
function publishedContract(baseURL: string): Promise<ContractChecker> {
  published ??= fetch(new URL("/api/v1/openapi.json", baseURL))
    .then((response) => response.json() as Promise<object>)
    .then(contractChecker);
  return published;
}

export interface SignInFixtures {
  /** Signs the test's page (or another page) in as `userId`. */
  signInAs: (userId: string, page?: Page) => Promise<void>;
  /** A page in a browser context of its own, signed in as `userId`: another person, or another device. Closed after the test. */
  pageAs: (userId: string, options?: BrowserContextOptions) => Promise<Page>;
  /** Every CSP violation any of the test's pages reported; the test fails if there is one. */
  cspViolations: string[];
  /** Every /api/v1 answer any of the test's pages received that breaks the OpenAPI document. */
  apiContractProblems: { contract: Promise<ContractChecker>; problems: string[]; pending: Promise<void>[] };
}

export const test = base.extend<SignInFixtures>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await watchCsp(page, violations);
      await use(violations);
      expect(violations, "the page broke its Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
  apiContractProblems: [
    async ({ page, baseURL }, use) => {
      const seen = { contract: publishedContract(baseURL!), problems: [] as string[], pending: [] as Promise<void>[] };
      watchApiContract(page, seen.contract, seen.problems, seen.pending);
      await use(seen);
      await Promise.all(seen.pending);
      expect(seen.problems, "an /api/v1 answer broke the OpenAPI document").toEqual([]);
    },
    { auto: true },
  ],
  signInAs: async ({ page }, provide) => {
    await provide((userId, target = page) => signIn(target.request, userId));
  },
  pageAs: async ({ browser, baseURL, cspViolations, apiContractProblems }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (userId, options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      contexts.push(context);
      const page = await context.newPage();
      await watchCsp(page, cspViolations);
      watchApiContract(page, apiContractProblems.contract, apiContractProblems.problems, apiContractProblems.pending);
      await signIn(page.request, userId);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };
