import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse } from "@/lib/http";
import { getPublicProfile } from "@/lib/users/get-public-profile";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  await requireCaller(request);
  return jsonResponse(await getPublicProfile(params.id), requestId);
});
