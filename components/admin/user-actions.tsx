"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { ConfirmDialog } from "@/components/settings/confirm-dialog";
import { apiRequest, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";

export interface AdminUserRow {
  id: string;
  name: string;
  role: "USER" | "ADMIN";
  suspended: boolean;
}

type Change = { role: "USER" | "ADMIN" } | { suspended: boolean };

/**
 * Role and suspension buttons for one row of the admin user table. The server
 * has the last word: an admin demoting or suspending themselves gets its 409
 * sentence shown here.
 */
export function UserActions({ user }: { user: AdminUserRow }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [confirmSuspend, setConfirmSuspend] = useState(false);
  const update = useMutation({
    mutationFn: (change: Change) =>
      apiRequest(`/api/v1/admin/users/${encodeURIComponent(user.id)}`, { method: "PATCH", body: change }),
    onSuccess: () => {
      setConfirmSuspend(false);
      // Re-render the server table so the row shows the new role or status.
      startRefresh(() => router.refresh());
    },
  });
  const busy = update.isPending || refreshing;
  const pendingChange = update.isPending ? update.variables : undefined;
  const error = update.isError ? errorMessage(update.error) : null;

  return (
    <div className="flex flex-col items-stretch gap-2 sm:items-end">
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:justify-end">
        <Button
          variant="secondary"

          disabled={busy}
          aria-label={`${user.role === "ADMIN" ? "Remove admin" : "Make admin"}: ${user.name}`}
          onClick={() => update.mutate({ role: user.role === "ADMIN" ? "USER" : "ADMIN" })}
        >
          {pendingChange && "role" in pendingChange ? "Saving…" : user.role === "ADMIN" ? "Remove admin" : "Make admin"}
        </Button>
        {user.suspended ? (
          <Button
            variant="secondary"

            disabled={busy}
            aria-label={`Unsuspend: ${user.name}`}
            onClick={() => update.mutate({ suspended: false })}
          >
            {pendingChange && "suspended" in pendingChange ? "Saving…" : "Unsuspend"}
          </Button>
        ) : (
          <ConfirmDialog
            open={confirmSuspend}
            onOpenChange={(next) => {
              setConfirmSuspend(next);
              if (!next) update.reset();
            }}
            trigger={
              <Button variant="secondary" disabled={busy} aria-label={`Suspend: ${user.name}`}>
                Suspend
              </Button>
            }
            title={`Suspend ${user.name}?`}
            description={
              <p>
                They&apos;re signed out everywhere at once, and can&apos;t sign in or use their API tokens until you
                unsuspend them. Their bookings and feedback stay as they are.
              </p>
            }
            confirmLabel="Suspend"
            pendingLabel="Suspending…"
            pending={update.isPending}
            error={confirmSuspend ? error : null}
            onConfirm={() => update.mutate({ suspended: true })}
          />
        )}
      </div>
      {error && !confirmSuspend ? (
        <p role="alert" className="max-w-64 text-sm text-red-700 sm:text-right">
          {error}
        </p>
      ) : null}
    </div>
  );
}
