import { z } from "zod";
import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, noContent, parseJson } from "@/lib/http";
import { line } from "@/lib/input/text";
import { blockUser, listBlocked } from "@/lib/users/blocks";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse({ blocked: await listBlocked(caller) }, requestId);
});

export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const { userId } = await parseJson(request, z.object({ userId: line().min(1).max(40) }));
  await blockUser(caller, userId);
  return noContent(requestId);
});
