import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse } from "@/lib/http";
import { getSoloAttempt } from "@/lib/solo/get-solo-attempt";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getSoloAttempt(caller, params.id), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
