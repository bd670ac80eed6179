import { requireCaller } from "@/lib/auth/caller";
import { slotSearchSchema } from "@/lib/booking/booking.schema";
import { searchSlotsBody } from "@/lib/booking/search-slots";
import { handle, jsonTextResponse, parseQuery } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonTextResponse(await searchSlotsBody(caller, parseQuery(request, slotSearchSchema)), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
