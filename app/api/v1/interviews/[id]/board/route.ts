import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery, REQUEST_ID_HEADER } from "@/lib/http";
import { getLiveRoomSnapshot, getLiveRoomState } from "@/lib/live-room/get-live-room-snapshot";
import { boardQuerySchema } from "@/lib/live-room/live-room.schema";

const noStore = { "cache-control": "private, no-store" };

/** The interview's stored board and panels: JSON by default, or `?format=yjs` for the Yjs update itself. */
export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const { format } = parseQuery(request, boardQuerySchema);
  if (format === "yjs") {
    const state = await getLiveRoomState(caller, params.id);
    return new Response(Buffer.from(state), {
      headers: { "content-type": "application/octet-stream", ...noStore, [REQUEST_ID_HEADER]: requestId },
    });
  }
  return jsonResponse(await getLiveRoomSnapshot(caller, params.id), requestId, { headers: noStore });
});
