"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
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
  { href: "/settings", label: "Settings" },
];

export function AppNav({ user }: { user: NavUser }) {
  const pathname = usePathname();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
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
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/dashboard" className="text-lg font-bold text-brand-700">
          MockLoop
        </Link>
        <button
          type="button"
          className="rounded-md px-3 py-2 text-sm font-semibold ring-1 ring-slate-300 lg:hidden"
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
            // From lg up the links sit in a row that wraps (right-aligned) rather than overflowing when an
            // admin link or a long name doesn't fit; below lg they sit behind Menu.
            "w-full flex-col gap-1 lg:flex lg:min-w-0 lg:flex-1 lg:flex-row lg:flex-wrap lg:items-center lg:justify-end lg:gap-0",
            open ? "flex" : "hidden",
          )}
        >
          {links.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              aria-current={pathname.startsWith(link.href) ? "page" : undefined}
              className={cn(
                "rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 lg:px-2",
                pathname.startsWith(link.href) && "bg-brand-50 text-brand-900",
              )}
            >
              {link.label}
            </Link>
          ))}
          <span
            className="px-3 py-2 text-sm whitespace-nowrap text-slate-600 lg:px-2"
            title={user.timeZone ? `Times shown in ${user.timeZone}` : undefined}
          >
            {user.displayName}
          </span>
          <button
            type="button"
            onClick={() => void signOut()}
            disabled={signingOut}
            className="rounded-md px-3 py-2 text-left text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 lg:px-2"
          >
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </nav>
      </div>
    </header>
  );
}
