"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { apiRequest, errorMessage } from "@/components/api-request";
import { ConfirmDialog } from "./confirm-dialog";

const CONFIRM_WORD = "DELETE";

/** "Delete my account": anonymises the account after the person types DELETE. */
export function DeleteAccountSection() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const id = useId();
  const deleteAccount = useMutation({
    mutationFn: () => apiRequest("/api/v1/me", { method: "DELETE" }),
    // Nothing of the deleted account stays in this tab's caches.
    onSuccess: () => {
      queryClient.removeQueries();
      router.replace("/");
      router.refresh();
    },
  });
  const confirmed = typed.trim() === CONFIRM_WORD;

  return (
    <div>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        <li>Your profile, e-mail address and ways to sign in are removed. You&apos;re signed out everywhere.</li>
        <li>Your API tokens stop working.</li>
        <li>
          The people you practised with keep their bookings and feedback. Where you appear in them, they&apos;ll see
          &ldquo;Deleted user&rdquo; instead of your name.
        </li>
        <li>You can&apos;t undo this. To use MockLoop again later, you&apos;d start a new account.</li>
      </ul>
      <div className="mt-4">
        <ConfirmDialog
          open={open}
          onOpenChange={(next) => {
            setOpen(next);
            if (!next) {
              setTyped("");
              deleteAccount.reset();
            }
          }}
          trigger={<Button variant="danger">Delete my account</Button>}
          title="Delete your account?"
          description={
            <p>
              This removes your profile and sign-in for good. People you practised with will see &ldquo;Deleted
              user&rdquo; in their history.
            </p>
          }
          confirmLabel="Delete my account"
          pendingLabel="Deleting…"
          pending={deleteAccount.isPending || deleteAccount.isSuccess}
          confirmDisabled={!confirmed}
          error={deleteAccount.isError ? errorMessage(deleteAccount.error) : null}
          onConfirm={() => {
            if (confirmed) deleteAccount.mutate();
          }}
        >
          <form
            method="post"
            className="mt-4"
            onSubmit={(e) => {
              e.preventDefault();
              if (confirmed && !deleteAccount.isPending) deleteAccount.mutate();
            }}
          >
            <label htmlFor={`${id}-confirm`} className="block text-sm font-semibold">
              Type {CONFIRM_WORD} to confirm
            </label>
            <input
              id={`${id}-confirm`}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              className="mt-1 min-h-11 w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm"
            />
          </form>
        </ConfirmDialog>
      </div>
    </div>
  );
}
