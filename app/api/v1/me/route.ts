import { requireCaller } from "@/lib/auth/caller";
import { clearSessionCookie } from "@/lib/auth/session-cookie";
import { handle, jsonResponse, noContent, parseJson } from "@/lib/http";
import { deleteAccount } from "@/lib/users/delete-account";
import { getMe } from "@/lib/users/get-me";
import { profilePatchSchema } from "@/lib/users/profile.schema";
import { updateProfile } from "@/lib/users/update-profile";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getMe(caller), requestId);
});

export const PATCH = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const patch = await parseJson(request, profilePatchSchema);
  return jsonResponse(await updateProfile(caller, patch), requestId);
});

/** Delete my account (anonymise; the other side of bookings keeps its history). */
export const DELETE = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  await deleteAccount(caller);
  return noContent(requestId, { "set-cookie": clearSessionCookie() });
});
