import { expect, test } from "./support/fixtures";

test("the API is described for people at /developers and for programs at /api/v1/openapi.json", async ({
  page,
  request,
}) => {
  await page.goto("/developers");
  await expect(page.getByRole("heading", { level: 1, name: "MockLoop API" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Booking" })).toBeVisible();
  await page.getByRole("link", { name: "OpenAPI 3.1 document" }).click();
  await expect(page).toHaveURL(/\/api\/v1\/openapi\.json$/);

  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe("3.1.0");
  expect(doc.paths).toHaveProperty("/bookings");
});
