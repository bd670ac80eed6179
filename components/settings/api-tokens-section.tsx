"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { ApiError, apiRequest, errorMessage } from "@/components/api-request";
import { ConfirmDialog } from "./confirm-dialog";
import { formatDateTime } from "./format-time";
import { tokenKeys, tokenListQuery, type ApiTokenRow, type CreatedApiToken } from "./token-queries";
import { useLocale } from "@/components/locale/locale-provider";

/** Create, list and revoke personal API tokens; the secret is shown once, right after creation. */
export function ApiTokensSection({ timeZone }: { timeZone: string }) {
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  return (
    <div className="space-y-6">
      <CreateTokenForm inputRef={nameInput} onCreated={setCreated} />
      {created ? (
        <NewSecret
          token={created}
          onDone={() => {
            setCreated(null);
            nameInput.current?.focus();
          }}
        />
      ) : null}
      <div>
        <h3 ref={listHeading} tabIndex={-1} className="text-base font-semibold">
          Your tokens
        </h3>
        <p className="mt-1 text-sm text-slate-600">Times are shown in your zone, {timeZone}.</p>
        <TokenList timeZone={timeZone} onRevoked={() => listHeading.current?.focus()} />
      </div>
    </div>
  );
}

function CreateTokenForm({
  inputRef,
  onCreated,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  onCreated: (token: CreatedApiToken) => void;
}) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const id = useId();
  const create = useMutation({
    mutationFn: (tokenName: string) =>
      apiRequest<CreatedApiToken>("/api/v1/me/tokens", { method: "POST", body: { name: tokenName } }),
    onSuccess: async (token) => {
      setName("");
      onCreated(token);
      await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
    },
  });
  const error = create.error;
  const fieldError = error instanceof ApiError ? error.fieldErrors.name?.[0] : undefined;
  const formError = error && !fieldError ? errorMessage(error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate(name);
  }

  return (
    <form method="post" onSubmit={submit} noValidate className="max-w-xl">
      <label htmlFor={`${id}-name`} className="block text-sm font-semibold">
        Token name
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        Say where you&apos;ll use it, such as &ldquo;Calendar sync script&rdquo;.
      </p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <input
          ref={inputRef}
          id={`${id}-name`}
          name="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          autoComplete="off"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ""}`}
          className="min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm"
        />
        <Button type="submit" disabled={create.isPending} className="shrink-0">
          {create.isPending ? "Creating…" : "Create token"}
        </Button>
      </div>
      {fieldError ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {fieldError}
        </p>
      ) : null}
      {formError ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {formError}
        </p>
      ) : null}
    </form>
  );
}

function NewSecret({ token, onDone }: { token: CreatedApiToken; onDone: () => void }) {
  const field = useRef<HTMLInputElement>(null);
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  // Move focus to the secret so keyboard and screen-reader users land on it.
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [token.id]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(token.secret);
      setCopied("yes");
    } catch {
      field.current?.select();
      setCopied("failed");
    }
  }

  return (
    <div
      className="max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-4"
      aria-labelledby={`${id}-title`}
      role="group"
    >
      <p id={`${id}-title`} className="font-semibold text-amber-950">
        Copy your new token now. You won&apos;t see it again.
      </p>
      <p className="mt-1 text-sm text-amber-950">
        MockLoop keeps only a fingerprint of &ldquo;{token.name}&rdquo;, so it can&apos;t show it to you later. If you
        lose it, revoke it and create another.
      </p>
      <label htmlFor={`${id}-secret`} className="mt-3 block text-sm font-semibold text-amber-950">
        Your new token
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          ref={field}
          id={`${id}-secret`}
          readOnly
          value={token.secret}
          onFocus={(e) => e.currentTarget.select()}
          spellCheck={false}
          className="min-h-11 w-full rounded-md border border-amber-300 bg-white px-3 py-2 font-mono text-sm"
        />
        <Button type="button" variant="secondary" onClick={() => void copy()} className="shrink-0">
          Copy
        </Button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-amber-950">
        {copied === "yes"
          ? "Copied to your clipboard."
          : copied === "failed"
            ? "Your browser blocked copying. Press Ctrl+C (⌘C on a Mac) instead."
            : ""}
      </p>
      <Button type="button" variant="ghost" onClick={onDone} className="mt-1 -ml-2">
        I&apos;ve copied it
      </Button>
    </div>
  );
}

function TokenList({ timeZone, onRevoked }: { timeZone: string; onRevoked: () => void }) {
  const tokens = useQuery(tokenListQuery());

  if (tokens.isPending) {
    return (
      <div role="status" className="mt-3 space-y-2" aria-label="Loading your tokens">
        <div className="h-16 animate-pulse rounded-md bg-slate-100" />
        <div className="h-16 animate-pulse rounded-md bg-slate-100" />
      </div>
    );
  }
  if (tokens.isError) {
    return (
      <div role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
        <p>We couldn&apos;t load your tokens. {errorMessage(tokens.error)}</p>
        <Button variant="secondary" className="mt-2" onClick={() => void tokens.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  if (tokens.data.length === 0) {
    return (
      <p className="mt-3 rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-700">
        You have no API tokens. You only need one to use MockLoop from your own scripts: create it above, then send it
        as <code className="rounded bg-slate-100 px-1">Authorization: Bearer &lt;token&gt;</code>.
      </p>
    );
  }
  return (
    <ul className="mt-3 divide-y divide-slate-200 rounded-md ring-1 ring-slate-200" aria-label="API tokens">
      {tokens.data.map((token) => (
        <TokenItem key={token.id} token={token} timeZone={timeZone} onRevoked={onRevoked} />
      ))}
    </ul>
  );
}

function TokenItem({ token, timeZone, onRevoked }: { token: ApiTokenRow; timeZone: string; onRevoked: () => void }) {
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const revoke = useMutation({
    mutationFn: () => apiRequest(`/api/v1/me/tokens/${encodeURIComponent(token.id)}`, { method: "DELETE" }),
    onSuccess: async () => {
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
      onRevoked();
    },
    onError: async (error) => {
      // Revoked already (another tab, another device): the list is just out of date.
      if (error instanceof ApiError && error.status === 404) {
        setOpen(false);
        await queryClient.invalidateQueries({ queryKey: tokenKeys.all });
      }
    },
  });

  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-semibold break-words">{token.name}</p>
        <p className="text-sm text-slate-600">
          Starts with <code className="rounded bg-slate-100 px-1 font-mono">{token.prefix}…</code>
        </p>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm text-slate-700">
          <dt>Created</dt>
          <dd>
            <time dateTime={token.createdAt}>{formatDateTime(token.createdAt, timeZone, locale)}</time>
          </dd>
          <dt>Last used</dt>
          <dd>
            {token.lastUsedAt ? (
              <time dateTime={token.lastUsedAt}>{formatDateTime(token.lastUsedAt, timeZone, locale)}</time>
            ) : (
              "Never"
            )}
          </dd>
        </dl>
      </div>
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) revoke.reset();
        }}
        trigger={
          <Button variant="secondary" className="self-start sm:self-auto" aria-label={`Revoke ${token.name}`}>
            Revoke
          </Button>
        }
        title={`Revoke “${token.name}”?`}
        description={
          <p>
            Anything using this token stops working straight away. You can&apos;t undo this, but you can create a new
            token.
          </p>
        }
        confirmLabel="Revoke token"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        error={revoke.isError ? errorMessage(revoke.error) : null}
        onConfirm={() => revoke.mutate()}
      />
    </li>
  );
}
