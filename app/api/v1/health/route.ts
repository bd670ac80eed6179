import { checkHealth } from "@/lib/health/check-health";
import { handle, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

export const GET = handle(async ({ requestId }) => {
  const health = await checkHealth();
  return jsonResponse(health, requestId, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});
