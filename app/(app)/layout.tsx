import type { ReactNode } from "react";
import { currentUser } from "@/app/_server/current-user";
import { Providers } from "@/components/providers";
import { AppNav } from "@/components/shell/app-nav";
import { FocusOnNavigate } from "@/components/shell/focus-on-navigate";

// Navigation only: every page under here checks access itself (requireOnboardedUser etc.).
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <Providers>
      {user?.onboarded ? (
        <AppNav
          user={{ displayName: user.displayName ?? "You", isAdmin: user.role === "ADMIN", timeZone: user.timeZone }}
        />
      ) : null}
      <FocusOnNavigate />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </Providers>
  );
}
