import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonTextResponse, parseQuery } from "@/lib/http";
import { searchSlotsBody } from "@/lib/slot-search";
import { slotSearchSchema } from "@/lib/slot-search/slot-search.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonTextResponse(await searchSlotsBody(caller, parseQuery(request, slotSearchSchema)), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
