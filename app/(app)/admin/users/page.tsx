import type { Metadata } from "next";
import { requestLocale } from "@/app/_server/request-locale";
import Link from "next/link";
import { requireAdminUser } from "@/app/_server/current-user";
import { ADMIN_CELL, AdminTable } from "@/components/admin/admin-table";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { UserActions } from "@/components/admin/user-actions";
import { formatDate } from "@/components/settings/format-time";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { listUsers, listUsersSchema } from "@/lib/users/admin-users";

export const metadata: Metadata = { title: "Users · Admin" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function pageHref(q: string | undefined, page: number): string {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/users?${query}` : "/admin/users";
}

function StatusBadge({ suspended }: { suspended: boolean }) {
  return (
    <span
      className={cn(
        "inline-flex rounded-full px-2 py-0.5 text-xs font-semibold",
        suspended ? "bg-red-100 text-red-800" : "bg-emerald-100 text-emerald-800",
      )}
    >
      {suspended ? "Suspended" : "Active"}
    </span>
  );
}

function RoleBadge({ role }: { role: "USER" | "ADMIN" }) {
  return (
    <span
      className={cn(
        "inline-flex rounded-full px-2 py-0.5 text-xs font-semibold",
        role === "ADMIN" ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-700",
      )}
    >
      {role === "ADMIN" ? "Admin" : "Member"}
    </span>
  );
}

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireAdminUser();
  const params = await searchParams;
  // A hand-edited URL (page=abc) falls back to the first page rather than an error page.
  const parsed = listUsersSchema.safeParse({ q: first(params.q) || undefined, page: first(params.page) || undefined });
  const input = parsed.success ? parsed.data : { q: first(params.q)?.trim().slice(0, 100) || undefined, page: 1 };
  const result = await listUsers(admin, input);
  const timeZone = admin.timeZone ?? "UTC";
  const locale = await requestLocale();
  const q = input.q;

  return (
    <div>
      <h1 className="text-2xl font-bold">Admin</h1>
      <AdminTabs current="/admin/users" />

      <section aria-labelledby="users-heading" className="mt-6">
        <h2 id="users-heading" className="sr-only">
          Users
        </h2>
        <form role="search" method="get" action="/admin/users" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="grow sm:max-w-md">
            <label htmlFor="user-search" className="block text-sm font-semibold">
              Search by name or e-mail
            </label>
            <input
              id="user-search"
              type="search"
              name="q"
              defaultValue={q ?? ""}
              maxLength={100}
              autoComplete="off"
              className="mt-1 min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
            />
          </div>
          <div className="flex gap-2">
            <Button type="submit">Search</Button>
            {q ? (
              <Button asChild variant="ghost">
                <Link href="/admin/users">Clear</Link>
              </Button>
            ) : null}
          </div>
        </form>

        <p className="mt-4 text-sm text-slate-600">
          {q
            ? `${result.total} ${result.total === 1 ? "person matches" : "people match"} “${q}”.`
            : `${result.total} ${result.total === 1 ? "person" : "people"} in all.`}{" "}
          Join dates are in {timeZone}.
        </p>

        {result.users.length === 0 ? (
          <div className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            {result.total > 0 ? (
              <p>
                There&apos;s no page {result.page}.{" "}
                <Link href={pageHref(q, 1)} className="font-semibold text-brand-700 underline">
                  Go to the first page
                </Link>
              </p>
            ) : q ? (
              <p>
                No one matches &ldquo;{q}&rdquo;. Check the spelling, or try part of their e-mail address.{" "}
                <Link href="/admin/users" className="font-semibold text-brand-700 underline">
                  Show everyone
                </Link>
              </p>
            ) : (
              <p>No one has signed up yet.</p>
            )}
          </div>
        ) : (
          <AdminTable
            caption={`Users, page ${result.page} of ${result.pageCount}`}
            columns={[
              { label: "Person" },
              { label: "Role", className: "hidden md:table-cell" },
              { label: "Status", className: "hidden md:table-cell" },
              { label: "Joined", className: "hidden lg:table-cell" },
              { label: <span className="sr-only md:not-sr-only">Actions</span>, className: "text-right" },
            ]}
          >
            {result.users.map((user) => {
              const name = user.name ?? "No name yet";
              const suspended = user.suspendedAt !== null;
              return (
                <tr key={user.id} className={cn("align-top", suspended && "bg-red-50/40")}>
                  <th scope="row" className={`${ADMIN_CELL} font-normal`}>
                    <span className="block font-semibold text-slate-900">
                      {name}
                      {user.id === admin.id ? <span className="font-normal text-slate-600"> (you)</span> : null}
                    </span>
                    <span className="block text-xs text-slate-600 [overflow-wrap:anywhere] sm:text-sm">
                      {user.email ?? "No e-mail"}
                    </span>
                    {/* Phones: the role, status and date columns are hidden, so show them here. */}
                    <span className="mt-1 flex flex-wrap gap-1 md:hidden">
                      <RoleBadge role={user.role} />
                      <StatusBadge suspended={suspended} />
                    </span>
                    <span className="mt-1 block text-xs text-slate-600 lg:hidden">
                      Joined{" "}
                      <time dateTime={user.createdAt.toISOString()}>
                        {formatDate(user.createdAt, timeZone, locale)}
                      </time>
                    </span>
                  </th>
                  <td className={`hidden ${ADMIN_CELL} md:table-cell`}>
                    <RoleBadge role={user.role} />
                  </td>
                  <td className={`hidden ${ADMIN_CELL} md:table-cell`}>
                    <StatusBadge suspended={suspended} />
                  </td>
                  <td className={`hidden ${ADMIN_CELL} whitespace-nowrap text-slate-700 lg:table-cell`}>
                    <time dateTime={user.createdAt.toISOString()}>{formatDate(user.createdAt, timeZone, locale)}</time>
                  </td>
                  <td className={ADMIN_CELL}>
                    <UserActions user={{ id: user.id, name, role: user.role, suspended }} />
                  </td>
                </tr>
              );
            })}
          </AdminTable>
        )}

        {result.pageCount > 1 ? (
          <nav aria-label="Pages of users" className="mt-4 flex items-center justify-between gap-2 text-sm">
            {result.page > 1 ? (
              <Button asChild variant="secondary">
                <Link href={pageHref(q, Math.min(result.page - 1, result.pageCount))} rel="prev">
                  <span aria-hidden="true">←</span> Previous
                </Link>
              </Button>
            ) : (
              <span />
            )}
            <span className="text-slate-600">
              Page {result.page} of {result.pageCount}
            </span>
            {result.page < result.pageCount ? (
              <Button asChild variant="secondary">
                <Link href={pageHref(q, result.page + 1)} rel="next">
                  Next <span aria-hidden="true">→</span>
                </Link>
              </Button>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
