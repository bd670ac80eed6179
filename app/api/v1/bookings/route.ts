import { requireCaller } from "@/lib/auth/caller";
import { createBookingSchema, idempotencyKeySchema } from "@/lib/booking/booking.schema";
import { createBooking } from "@/lib/booking/create-booking";
import { listBookingsSchema, listMyBookings } from "@/lib/booking/list-bookings";
import { validationError } from "@/lib/errors";
import { handle, jsonResponse, parseJson, parseQuery } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await listMyBookings(caller, parseQuery(request, listBookingsSchema)), requestId);
});

export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const key = idempotencyKeySchema.safeParse(request.headers.get("idempotency-key") ?? undefined);
  if (!key.success) throw validationError(key.error);
  const input = await parseJson(request, createBookingSchema);
  const { booking, replayed } = await createBooking(caller, input, key.data);
  return jsonResponse(booking, requestId, {
    status: replayed ? 200 : 201,
    headers: { location: `/api/v1/bookings/${booking.id}`, ...(replayed ? { "idempotent-replayed": "true" } : {}) },
  });
});
