import { requireCaller } from "@/lib/auth/caller";
import { slotSearchSchema } from "@/lib/booking/booking.schema";
import { searchSlots } from "@/lib/booking/search-slots";
import { handle, jsonResponse, parseQuery } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await searchSlots(caller, parseQuery(request, slotSearchSchema)), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
