import { requireAdmin } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import { updateUser, updateUserSchema } from "@/lib/users/admin-users";

export const PATCH = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireAdmin(request);
  const change = await parseJson(request, updateUserSchema);
  return jsonResponse(await updateUser(caller, params.id, change), requestId);
});
