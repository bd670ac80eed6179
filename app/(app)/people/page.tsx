import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { peopleSearchSchema } from "@/lib/people/people.schema";
import { searchPeople, type PersonHit } from "@/lib/people/search-people";

export const metadata: Metadata = { title: "Find a person" };

const LEVEL_LABELS: Record<string, string> = {
  ENTRY: "Entry level",
  MID: "Mid-level",
  SENIOR: "Senior",
  STAFF: "Staff or principal",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;

/** Peer search: a friend or study partner by name, the type they run, or a company; each result opens their booking page. */
export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const caller = await requireOnboardedUser("/people");
  const params = await searchParams;
  const parsed = peopleSearchSchema.safeParse({
    q: first(params.q),
    focus: first(params.focus),
    company: first(params.company),
  });
  const query = parsed.success ? parsed.data : {};
  const searched = Boolean(query.q || query.focus || query.company);
  const [types, people] = await Promise.all([
    listInterviewTypes(),
    searched ? searchPeople(caller, query) : Promise.resolve(null),
  ]);
  const field = "mt-1 block min-h-11 w-full rounded-md border-0 bg-white px-3 py-2 ring-1 ring-slate-300";

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">Find a person</h1>
      <p className="mt-1 text-slate-700">
        Book a friend or someone from your study group: search by name, by the interview type they run, or by the
        company they&apos;re aiming for. Only people you can book are listed.
      </p>
      {/* A search's fields are the page's address, so it stays a GET (docs/decisions/0018). */}
      <form
        method="get"
        role="search"
        aria-label="Peers"
        className="mt-6 grid gap-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-3 sm:p-5"
      >
        <div>
          <label htmlFor="people-q" className="block text-sm font-semibold text-slate-800">
            Name
          </label>
          <input id="people-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={80} className={field} />
        </div>
        <div>
          <label htmlFor="people-focus" className="block text-sm font-semibold text-slate-800">
            Interviews for
          </label>
          <select id="people-focus" name="focus" defaultValue={query.focus ?? ""} className={field}>
            <option value="">Any type</option>
            {types.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="people-company" className="block text-sm font-semibold text-slate-800">
            Company
          </label>
          <input
            id="people-company"
            name="company"
            type="search"
            defaultValue={query.company ?? ""}
            maxLength={80}
            className={field}
          />
        </div>
        <div className="sm:col-span-3">
          <button
            type="submit"
            className="min-h-11 w-full rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 sm:w-auto"
          >
            Search
          </button>
        </div>
      </form>

      <section aria-labelledby="people-results" className="mt-6">
        <h2 id="people-results" className="text-lg font-semibold">
          {people === null
            ? "Search to see peers"
            : `${people.length === 1 ? "1 peer" : `${people.length} peers`} found`}
        </h2>
        {!parsed.success ? (
          <p role="alert" className="mt-2 text-red-800">
            {parsed.error.issues[0]?.message ?? "Check the search fields."}
          </p>
        ) : null}
        {people?.length === 0 ? (
          <p className="mt-2 text-slate-700">
            No one you can book matches that. Try part of a name, or{" "}
            <Link href="/find" className="font-semibold text-brand-700 underline">
              find a peer by time
            </Link>{" "}
            instead.
          </p>
        ) : null}
        {people?.length ? (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            {people.map((person) => (
              <PersonRow key={person.id} person={person} />
            ))}
          </ul>
        ) : null}
      </section>
    </div>
  );
}

function PersonRow({ person }: { person: PersonHit }) {
  return (
    <li className="p-4">
      <Link href={`/people/${person.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
        {person.displayName}
      </Link>
      <p className="text-sm text-slate-700">
        {LEVEL_LABELS[person.level] ?? person.level} · {person.types.join(", ")}
      </p>
      {person.targetCompanies.length ? (
        <p className="text-sm text-slate-600">Aiming for {person.targetCompanies.join(", ")}</p>
      ) : null}
    </li>
  );
}
