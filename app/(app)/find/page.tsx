import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { FindPeer } from "@/components/find-peer/find-peer";
import { todayIn } from "@/lib/dates/viewer-time";
import { listInterviewTypesWithFocus } from "@/lib/interview-types/list-interview-types";

export const metadata: Metadata = { title: "Find a peer" };

export default async function FindPage() {
  const caller = await requireOnboardedUser();
  const zone = caller.timeZone ?? "UTC";
  const types = await listInterviewTypesWithFocus(caller.id);

  if (types.length === 0) {
    return (
      <div>
        <h1 className="text-2xl font-bold">Find a peer</h1>
        <p className="mt-2 text-slate-700">
          There are no interview types to book yet. Check back soon, or{" "}
          <Link href="/settings" className="text-brand-700 underline">
            review your profile
          </Link>{" "}
          meanwhile.
        </p>
      </div>
    );
  }

  // What they said they're preparing for comes first; otherwise the first type.
  const defaultType = (types.find((t) => t.focus) ?? types[0]!).slug;
  // Seven days from today, not a Monday week: on a Saturday five of seven days had already passed.
  const today = todayIn(zone);
  // The calendar fetches its week from GET /api/v1/slots in the browser, with a loading state, rather
  // than this render prefetching it: a 14-day answer is hundreds of kB that the page would otherwise
  // render and serialise into its payload on every visit (docs/decisions/0011).

  return (
    <div>
      <h1 className="text-2xl font-bold">Find a peer</h1>
      <p className="mt-1 max-w-prose text-slate-700">
        Pick the kind of interview you want to practise and a time that suits you. Peers free then are listed best match
        first; one click books. Looking for someone in particular?{" "}
        <Link href="/people" className="font-semibold text-brand-700 underline">
          Find them by name
        </Link>
        .
      </p>
      <div className="mt-6">
        <FindPeer
          timeZone={zone}
          types={types.map(({ slug, name, durationMinutes, description }) => ({
            slug,
            name,
            durationMinutes,
            description,
          }))}
          defaultType={defaultType}
          today={today}
        />
      </div>
    </div>
  );
}
