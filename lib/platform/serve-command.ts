import path from "node:path";

/**
 * The command that serves the production build: `next start` in one process
 * per core behind scripts/serve-cluster.mts (decision 0015). `npm start`, the
 * Playwright server and the benchmark all serve through it, on the Node that
 * runs them (Node 24 strips the launcher's types itself).
 */
export function serveCommand(root: string, port: number | string): { command: string; args: string[] } {
  return {
    command: process.execPath,
    args: [
      clusterLauncher(root),
      path.join(root, "node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      String(port),
    ],
  };
}

/** scripts/serve-cluster.mts, for serving some other entry (the benchmark's baseline) the same way. */
export function clusterLauncher(root: string): string {
  return path.join(root, "scripts", "serve-cluster.mts");
}
