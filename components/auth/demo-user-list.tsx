"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { cn } from "@/components/ui/cn";

export interface DemoUserOption {
  id: string;
  displayName: string;
  track: "CANDIDATE" | "INTERVIEWER" | "BOTH";
  level: "ENTRY" | "MID" | "SENIOR" | "STAFF";
  timeZone: string;
  isAdmin: boolean;
}

const TRACK = { CANDIDATE: "Candidate", INTERVIEWER: "Interviewer", BOTH: "Candidate and interviewer" };
const LEVEL = { ENTRY: "entry level", MID: "mid level", SENIOR: "senior level", STAFF: "staff level" };

async function demoSignIn(userId: string): Promise<void> {
  const response = await fetch("/api/v1/auth/demo", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userId }),
  });
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { detail?: string };
  throw new Error(body.detail ?? "We couldn't sign you in. Check your connection and try again.");
}

/** Demo mode only: sign in as a seeded person in one click, no e-mail. */
/** `next`: a safe path to land on instead of the dashboard (a shared booking page). */
export function DemoUserList({ users, next }: { users: DemoUserOption[]; next?: string | null }) {
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const mutation = useMutation({
    mutationFn: demoSignIn,
    onSuccess: () =>
      startNavigation(() => {
        router.push(next ?? "/dashboard");
        router.refresh();
      }),
  });
  const busyId = mutation.isPending || navigating ? mutation.variables : undefined;

  return (
    <>
      <div role="alert" className="empty:hidden">
        {mutation.isError ? (
          <p className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
            {mutation.error.message}
          </p>
        ) : null}
      </div>
      <ul
        className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2"
        aria-busy={busyId ? true : undefined}
      >
        {users.map((user) => {
          const busy = busyId === user.id;
          return (
            <li key={user.id} className="flex">
              <button
                type="button"
                disabled={busyId !== undefined}
                onClick={() => mutation.mutate(user.id)}
                className={cn(
                  "flex min-h-11 w-full flex-col justify-start items-start rounded-lg bg-white px-4 py-3 text-left ring-1 ring-slate-200 transition-colors",
                  "hover:bg-brand-50 hover:ring-brand-600 disabled:cursor-not-allowed",
                  busyId && !busy && "opacity-60",
                  busy && "bg-brand-50 ring-brand-600",
                )}
              >
                <span className="flex w-full items-center justify-between gap-2">
                  <span className="font-semibold text-slate-900">
                    <span className="sr-only">Sign in as </span>
                    {user.displayName}
                  </span>
                  {busy ? (
                    <span className="text-sm font-semibold text-brand-700">Signing in…</span>
                  ) : user.isAdmin ? (
                    <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-900">
                      Admin
                    </span>
                  ) : null}
                </span>
                <span className="mt-0.5 text-sm text-slate-600">
                  {TRACK[user.track]} · {LEVEL[user.level]}
                </span>
                <span className="text-sm text-slate-600">{user.timeZone.replaceAll("_", " ")}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
