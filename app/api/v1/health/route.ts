import { checkHealth } from "@/lib/health/check-health";
import { handle, jsonResponse } from "@/lib/http";

export const dynamic = "force-dynamic";

// 503 also when degraded (writes fail): a load balancer should send no bookings to an instance that cannot keep them.
export const GET = handle(async ({ requestId }) => {
  const health = await checkHealth();
  return jsonResponse(health, requestId, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
});
