"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { getQueryClient } from "@/components/providers";
import { cn } from "@/components/ui/cn";

export interface NavUser {
  displayName: string;
  isAdmin: boolean;
  timeZone: string | null;
}

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/find", label: "Find a peer" },
  { href: "/match", label: "Match me" },
  { href: "/bookings", label: "My interviews" },
  { href: "/history", label: "History" },
  { href: "/progress", label: "Progress" },
  { href: "/questions", label: "Questions" },
  { href: "/practice", label: "Practice" },
  { href: "/settings", label: "Settings" },
];

export function AppNav({ user }: { user: NavUser }) {
  const pathname = usePathname();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);

  // The phone menu closes once a page is chosen (below) and on Escape, focus going back to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  const links = user.isAdmin ? [...LINKS, { href: "/admin/users", label: "Admin" }] : LINKS;

  async function signOut() {
    setSigningOut(true);
    await fetch("/api/v1/auth/sign-out", { method: "POST" });
    // The next person to sign in on this browser must not see this person's cached data.
    getQueryClient().clear();
    router.push("/sign-in");
    router.refresh();
  }

  return (
    <header className="border-b border-slate-200 bg-white">
      {/* Wraps so the open phone menu takes a row of its own under the logo; from xl up the links fit
          beside it on one row (a long name is truncated rather than pushing them onto a second). */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 xl:flex-nowrap">
        <Link href="/dashboard" className="text-lg font-bold text-brand-700">
          MockLoop
        </Link>
        <button
          ref={menuButton}
          type="button"
          className="rounded-md px-3 py-2 text-sm font-semibold ring-1 ring-slate-300 xl:hidden"
          aria-expanded={open}
          aria-controls="main-nav"
          onClick={() => setOpen((v) => !v)}
        >
          Menu
        </button>
        <nav
          id="main-nav"
          aria-label="Main"
          className={cn(
            // Below xl the links sit behind Menu, in a full-width column.
            "w-full basis-full flex-col gap-1 xl:flex xl:w-auto xl:min-w-0 xl:flex-1 xl:basis-auto xl:flex-row xl:items-center xl:justify-end xl:gap-0",
            open ? "flex" : "hidden",
          )}
        >
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              onClick={() => setOpen(false)}
              aria-current={pathname.startsWith(link.href) ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 xl:px-2",
                pathname.startsWith(link.href) && "bg-brand-50 text-brand-900",
              )}
            >
              {link.label}
            </Link>
          ))}
          <span
            className="px-3 py-2 text-sm whitespace-nowrap text-slate-600 xl:max-w-40 xl:truncate xl:px-2"
            title={user.timeZone ? `${user.displayName} · times shown in ${user.timeZone}` : user.displayName}
          >
            {user.displayName}
          </span>
          <button
            type="button"
            onClick={() => void signOut()}
            disabled={signingOut}
            className="rounded-md px-3 py-2 text-left text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 xl:px-2"
          >
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </nav>
      </div>
    </header>
  );
}
