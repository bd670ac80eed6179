import { requireAdmin } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { listUsers, listUsersSchema } from "@/lib/users/admin-users";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireAdmin(request);
  return jsonResponse(await listUsers(caller, parseQuery(request, listUsersSchema)), requestId);
});
