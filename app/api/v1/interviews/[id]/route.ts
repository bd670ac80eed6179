import { requireCaller } from "@/lib/auth/caller";
import { getInterviewRoom } from "@/lib/interview-room/get-interview-room";
import { handle, jsonResponse } from "@/lib/http";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getInterviewRoom(caller, params.id), requestId, {
    headers: { "cache-control": "no-store" },
  });
});
