import { requireCaller } from "@/lib/auth/caller";
import { getBooking } from "@/lib/booking/list-bookings";
import { handle, jsonResponse } from "@/lib/http";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getBooking(caller, params.id), requestId);
});
