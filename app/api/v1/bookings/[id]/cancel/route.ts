import { requireCaller } from "@/lib/auth/caller";
import { cancelBooking } from "@/lib/booking/booking-lifecycle";
import { cancelSchema } from "@/lib/booking/lifecycle.schema";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const { reason } = await parseJson(request, cancelSchema);
  return jsonResponse(await cancelBooking(caller, params.id, reason), requestId);
});
