import { requireCaller } from "@/lib/auth/caller";
import { handle, noContent } from "@/lib/http";
import { unblockUser } from "@/lib/users/blocks";

export const DELETE = handle<{ userId: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  await unblockUser(caller, params.userId);
  return noContent(requestId);
});
