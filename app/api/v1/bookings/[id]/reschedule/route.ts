import { requireCaller } from "@/lib/auth/caller";
import { rescheduleBooking } from "@/lib/booking/booking-lifecycle";
import { forViewer } from "@/lib/booking/booking-select";
import { rescheduleSchema } from "@/lib/booking/lifecycle.schema";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const { start, reason } = await parseJson(request, rescheduleSchema);
  const booking = forViewer(await rescheduleBooking(caller, params.id, start, reason), caller.id);
  return jsonResponse(booking, requestId, { status: 201, headers: { location: `/api/v1/bookings/${booking.id}` } });
});
