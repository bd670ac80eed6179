import { expect, test } from "./support/fixtures";

test("on a phone the menu opens under the logo and closes on Escape or after choosing a page", async ({
  page,
  signInAs,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs("demo-priya");
  await page.goto("/dashboard");
  const menu = page.getByRole("button", { name: "Menu" });
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();

  await menu.click();
  await expect(nav).toBeVisible();
  const logo = await page.getByRole("link", { name: "MockLoop" }).boundingBox();
  const firstLink = await nav.getByRole("link").first().boundingBox();
  // A row of its own, full width: not squeezed beside the logo.
  expect(firstLink!.y).toBeGreaterThanOrEqual(logo!.y + logo!.height);
  expect((await nav.boundingBox())!.width).toBeGreaterThan(300);

  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await menu.click();
  await nav.getByRole("link", { name: "Progress" }).click();
  await expect(page).toHaveURL(/\/progress$/);
  await expect(nav).toBeHidden();
});

test("at 1280 px the admin's ten links and a long name fit on one row", async ({ page, signInAs }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs("demo-admin");
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Admin" })).toBeVisible();
  // The longest name a profile accepts (60 characters).
  await nav
    .locator("span")
    .first()
    .evaluate((span) => {
      span.textContent = "Maximiliana Alexandrova-Featherstonehaugh Montgomery-Smythe";
    });
  const tops = await nav
    .locator(":scope > *")
    .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});
