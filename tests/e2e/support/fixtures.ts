import {
  test as base,
  expect,
  type APIRequestContext,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";

/** Signs a browser context in as a seeded demo user: the demo route creates a database session, no form to fill. */
export async function signIn(request: APIRequestContext, userId: string): Promise<void> {
  const response = await request.post("/api/v1/auth/demo", { data: { userId } });
  expect(response.status()).toBe(204);
}

export interface SignInFixtures {
  /** Signs the test's page (or another page) in as `userId`. */
  signInAs: (userId: string, page?: Page) => Promise<void>;
  /** A page in a browser context of its own, signed in as `userId`: another person, or another device. Closed after the test. */
  pageAs: (userId: string, options?: BrowserContextOptions) => Promise<Page>;
}

export const test = base.extend<SignInFixtures>({
  signInAs: async ({ page }, provide) => {
    await provide((userId, target = page) => signIn(target.request, userId));
  },
  pageAs: async ({ browser, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (userId, options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page.request, userId);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };
