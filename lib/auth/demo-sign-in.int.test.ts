import { describe, expect, it } from "vitest";
import { POST } from "../../app/api/v1/auth/demo/route";
import { env } from "../env";
import { apiRequest } from "../../tests/factories/requests";
import { createTestUser } from "../../tests/factories/users";

// Integration tests run with neither MOCKLOOP_EMBEDDED nor DEMO_MODE set: the
// third case of lib/auth/demo-mode.ts, where the demo route must not exist.
// (Embedded: tests/e2e/platform-npm-start.spec.ts; DEMO_MODE=1 on localhost: the e2e server.)
describe("POST /api/v1/auth/demo outside demo mode", () => {
  it("answers 404 and creates no session, even for a real user", async () => {
    expect(env().MOCKLOOP_EMBEDDED).toBe(false);
    expect(env().DEMO_MODE).toBe(false);
    const user = await createTestUser();
    const response = await POST(apiRequest("/api/v1/auth/demo", { method: "POST", body: { userId: user.caller.id } }));
    expect(response.status).toBe(404);
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
