import type { ReactNode } from "react";
import { Providers } from "@/components/providers";

// The sign-in forms send their requests with React Query's useMutation.
export default function SignInLayout({ children }: { children: ReactNode }) {
  return <Providers>{children}</Providers>;
}
