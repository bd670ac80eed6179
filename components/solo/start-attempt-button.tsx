"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiRequest, errorMessage } from "@/components/api-request";
import { Button } from "@/components/ui/button";

/** Starts the clock: opens the attempt (the question now counts as seen) and goes to it. */
export function StartAttemptButton({ questionId, label }: { questionId: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setPending(true);
    setError(null);
    try {
      const attempt = await apiRequest<{ id: string }>("/api/v1/me/solo-attempts", {
        method: "POST",
        body: { questionId },
      });
      router.push(`/practice/${attempt.id}`);
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
    }
  }

  return (
    <div>
      <Button type="button" onClick={() => void start()} disabled={pending}>
        {pending ? "Starting…" : label}
      </Button>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
