"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { apiRequest, errorMessage } from "@/components/api-request";
import { ConfirmDialog } from "./confirm-dialog";

/** "Sign out everywhere": ends every session of this person, this browser's included, and revokes their API tokens. */
export function SessionsSection() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const signOutEverywhere = useMutation({
    mutationFn: () => apiRequest("/api/v1/me/sessions", { method: "DELETE" }),
    // Forget this account in the browser too: cached queries and the router cache.
    onSuccess: () => {
      queryClient.removeQueries();
      router.replace("/sign-in");
      router.refresh();
    },
  });

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) signOutEverywhere.reset();
      }}
      trigger={<Button variant="secondary">Sign out everywhere</Button>}
      title="Sign out everywhere?"
      description={
        <>
          <p>
            You&apos;ll be signed out on every phone, laptop and browser, including this one. Then sign in again where
            you need to.
          </p>
          <p>
            Your API tokens stop working too: anyone who got into your account could have made one. Create new tokens
            for your scripts afterwards.
          </p>
        </>
      }
      confirmLabel="Sign out everywhere"
      pendingLabel="Signing out…"
      pending={signOutEverywhere.isPending || signOutEverywhere.isSuccess}
      error={signOutEverywhere.isError ? errorMessage(signOutEverywhere.error) : null}
      onConfirm={() => signOutEverywhere.mutate()}
    />
  );
}
