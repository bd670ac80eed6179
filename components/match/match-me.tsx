"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { bookingKeys } from "@/components/bookings/booking-keys";
import { MatchForm, type TypeOption } from "./match-form";
import { createMatchRequest, matchKeys, type MatchRequest } from "./match-keys";
import { MatchRequestList } from "./match-request-list";
import { MatchResult } from "./match-result";

interface Props {
  types: TypeOption[];
  defaultType: string;
  timeZone: string;
  renderedAt: string;
}

/** The form, then what came of it, with every request so far below. */
export function MatchMe({ types, defaultType, timeZone, renderedAt }: Props) {
  const queryClient = useQueryClient();
  const [result, setResult] = useState<MatchRequest | null>(null);
  // A new form after "again", so the previous times don't linger.
  const [formKey, setFormKey] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const create = useMutation({
    mutationFn: createMatchRequest,
    onSuccess: async (request) => {
      setResult(request);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: matchKeys.all }),
        request.bookingId ? queryClient.invalidateQueries({ queryKey: bookingKeys.lists() }) : null,
      ]);
    },
  });

  // Move focus to the outcome so keyboard and screen-reader users hear it.
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  return (
    <>
      {result ? (
        <MatchResult
          request={result}
          timeZone={timeZone}
          headingRef={resultHeading}
          onAgain={() => {
            setResult(null);
            create.reset();
            setFormKey((k) => k + 1);
          }}
          // One grid step from the start offered, so the request asks for that start alone.
          onAskFor={(start) =>
            create.mutate({
              interviewType: result.interviewType.slug,
              windows: [{ start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString() }],
            })
          }
          asking={create.isPending}
          askError={create.error}
        />
      ) : (
        <MatchForm
          key={formKey}
          types={types}
          defaultType={defaultType}
          timeZone={timeZone}
          renderedAt={renderedAt}
          pending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input)}
        />
      )}
      <MatchRequestList timeZone={timeZone} />
    </>
  );
}
