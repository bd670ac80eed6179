import { requireCaller } from "@/lib/auth/caller";
import { rescheduleTimes } from "@/lib/booking/reschedule-times";
import { rescheduleTimesSchema } from "@/lib/booking/reschedule-times.schema";
import { handle, jsonResponse, parseQuery } from "@/lib/http";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await rescheduleTimes(caller, params.id, parseQuery(request, rescheduleTimesSchema)), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
