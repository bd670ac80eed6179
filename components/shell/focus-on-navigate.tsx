"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * After a move to another page in the app, focus goes to that page's heading (or the part a #link names), so a keyboard or screen-reader
 * user starts at the top of the new page instead of on the page's body. Not on the first load (the browser
 * starts at the top itself), and not when only the query string changes (filters keep their focus).
 */
export function FocusOnNavigate() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let focused: HTMLElement | null = null;
    const focusHeading = () => {
      // A link to a part of the page (#feedback-heading) starts there instead.
      const anchor = window.location.hash
        ? document.getElementById(decodeURIComponent(window.location.hash.slice(1)))
        : null;
      const heading = anchor ?? document.querySelector<HTMLElement>("main h1");
      if (!heading) return;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
      focused = heading;
    };
    focusHeading();
    // A page still streaming in: its loading skeleton's heading is replaced by the page's own, which then
    // takes the focus (unless the person has moved it somewhere else meanwhile).
    const main = document.querySelector("main");
    if (!main) return;
    const observer = new MutationObserver(() => {
      const lost = focused === null || !focused.isConnected;
      if (lost && (document.activeElement === document.body || document.activeElement === null)) focusHeading();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname]);
  return null;
}
