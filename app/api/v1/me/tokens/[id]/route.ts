import { revokeApiToken } from "@/lib/auth/api-tokens";
import { requireCaller } from "@/lib/auth/caller";
import { handle, noContent } from "@/lib/http";

export const DELETE = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  await revokeApiToken(caller, params.id);
  return noContent(requestId);
});
