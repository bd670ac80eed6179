/**
 * Keeps a process running: `npm start`'s job worker (scripts/start.ts) and the
 * app processes of scripts/serve-cluster.mts. Killing the worker used to stop
 * the whole site; now a process that dies is started again, at once the first
 * time and then after 1, 2, 4 … 30 s while it keeps dying young, and the rest
 * keeps serving meanwhile.
 *
 * It stops trying only when the process keeps failing at start: five starts in
 * a row that never got ready (the worker's "ready" message, an app process's
 * first listen). A process that cannot start (a bad setting, a database that
 * refuses it, a broken build) will not start on the sixth try either, and
 * restarting it forever would hide the error under a loop of the same lines;
 * the supervisor stops and says why instead. One that got ready and died later
 * (killed, out of memory, a crash in a job) is always restarted.
 *
 * Plain TypeScript with only node: imports: serve-cluster.mts runs under Node's
 * own type stripping in the Docker image, where tsx is not installed.
 */
import type { ChildProcess } from "node:child_process";

export interface RestartPolicyOptions {
  /** Starts in a row that never got ready before giving up; default 5. */
  maxStartFailures?: number;
  /** A run shorter than this counts toward the backoff; default 30 s. */
  stableAfterMs?: number;
  /** The first delay after a short run; doubles each time; default 1 s. */
  baseDelayMs?: number;
  /** The longest delay; default 30 s. */
  maxDelayMs?: number;
  now?: () => number;
}

export interface Run {
  startedAt: number;
  ready: boolean;
}

export type ExitDecision = { restart: true; delayMs: number } | { restart: false; reason: string };

export interface RestartPolicy {
  start(): Run;
  ready(run: Run): void;
  /** What to do now that `run` ended; `how` says how ("exit 1", "SIGKILL") for the reason given up with. */
  exited(run: Run, how: string): ExitDecision;
}

export function createRestartPolicy(name: string, options: RestartPolicyOptions = {}): RestartPolicy {
  const maxStartFailures = options.maxStartFailures ?? 5;
  const stableAfterMs = options.stableAfterMs ?? 30_000;
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const now = options.now ?? Date.now;
  let startFailures = 0;
  let shortRuns = 0;
  return {
    start: () => ({ startedAt: now(), ready: false }),
    ready(run) {
      run.ready = true;
      startFailures = 0;
    },
    exited(run, how) {
      if (!run.ready && ++startFailures >= maxStartFailures) {
        return {
          restart: false,
          reason:
            `${name} failed ${startFailures} times in a row before it was ready (last: ${how}); ` +
            "it will not start by trying again, so see its output above",
        };
      }
      shortRuns = now() - run.startedAt < stableAfterMs ? shortRuns + 1 : 0;
      // The first death after a steady run restarts at once; a process that keeps dying young backs off.
      const delayMs = shortRuns <= 1 ? 0 : Math.min(maxDelayMs, baseDelayMs * 2 ** (shortRuns - 2));
      return { restart: true, delayMs };
    },
  };
}

/** "exit 1" or "SIGKILL": how a process ended, for log lines. */
export function describeExit(code: number | null, signal: string | null): string {
  return signal ? signal : `exit ${code ?? "?"}`;
}

export interface SupervisedChild {
  /** The running process, if one is running. */
  current(): ChildProcess | undefined;
  /** Stops restarting and ends the running process with SIGTERM; resolves when it has exited. */
  stop(): Promise<void>;
}

export interface SuperviseOptions extends RestartPolicyOptions {
  /** "the job worker": used in log lines. */
  name: string;
  /** Starts the process. It is ready when it sends "ready" over IPC (spawn it with an "ipc" stdio). */
  spawn: () => ChildProcess;
  say: (line: string) => void;
  /** Called once, when it keeps failing at start; the caller decides what stops with it. */
  onGiveUp: (reason: string) => void;
}

/** Runs a child process and restarts it when it dies, as the policy above says. */
export function superviseChild(options: SuperviseOptions): SupervisedChild {
  const policy = createRestartPolicy(options.name, options);
  let child: ChildProcess | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;

  const launch = () => {
    timer = undefined;
    const run = policy.start();
    const started = options.spawn();
    child = started;
    started.on("message", (message) => {
      if (message === "ready") policy.ready(run);
    });
    started.once("exit", (code, signal) => {
      if (child === started) child = undefined;
      if (stopping) return;
      const how = describeExit(code, signal);
      const decision = policy.exited(run, how);
      if (!decision.restart) {
        options.say(`${decision.reason}; stopping`);
        options.onGiveUp(decision.reason);
        return;
      }
      const after = decision.delayMs ? ` in ${Math.round(decision.delayMs / 1000)} s` : "";
      options.say(`${options.name} stopped (${how}); starting it again${after}`);
      timer = setTimeout(launch, decision.delayMs);
    });
  };
  launch();

  return {
    current: () => child,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGTERM");
      await exited;
    },
  };
}
