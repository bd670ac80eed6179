import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { listFreePeers } from "@/lib/slot-search";
import { freePeersSchema } from "@/lib/slot-search/slot-search.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await listFreePeers(caller, parseQuery(request, freePeersSchema)), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
