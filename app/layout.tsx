import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { LocaleProvider } from "@/components/locale/locale-provider";
import { documentLanguage } from "@/lib/dates/locale";
import { requestLocale } from "./_server/request-locale";
import "./globals.css";

export const metadata: Metadata = {
  // Absolute addresses for the social preview image (app/opengraph-image.tsx) of a shared link.
  metadataBase: new URL(process.env.PUBLIC_URL || "http://localhost:3000"),
  title: { default: "MockLoop — practise TPM interviews with peers", template: "%s · MockLoop" },
  description:
    "Mock interviews for aspiring Technical Program Managers with engineers and senior TPMs, scored against real rubrics.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// No data providers here: the landing and 404 pages ship no React Query (only the locale, a context). The route groups that
// fetch in the browser ((app)/layout.tsx, sign-in/layout.tsx) wrap their pages in <Providers>.
export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts need that request's CSP nonce (proxy.ts),
  // which a page prerendered at build time could not carry.
  await connection();
  const locale = await requestLocale();
  return (
    <html lang={documentLanguage(locale)}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
        >
          Skip to content
        </a>
        <LocaleProvider locale={locale}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
