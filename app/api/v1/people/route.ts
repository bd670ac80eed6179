import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { peopleSearchSchema } from "@/lib/people/people.schema";
import { searchPeople } from "@/lib/people/search-people";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse({ people: await searchPeople(caller, parseQuery(request, peopleSearchSchema)) }, requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
