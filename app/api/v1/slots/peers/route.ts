import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { listFreePeers } from "@/lib/people/free-peers";
import { freePeersSchema } from "@/lib/people/people.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await listFreePeers(caller, parseQuery(request, freePeersSchema)), requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
