import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createRestartPolicy, superviseChild } from "./supervise.mts";

describe("createRestartPolicy", () => {
  const clock = () => {
    let t = 0;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it("restarts a process that was ready at once, and backs off while it keeps dying young", () => {
    const c = clock();
    const policy = createRestartPolicy("the job worker", { now: c.now });
    const delays = [];
    for (let i = 0; i < 8; i++) {
      const run = policy.start();
      policy.ready(run);
      c.advance(1_000);
      const d = policy.exited(run, "SIGKILL");
      expect(d.restart).toBe(true);
      if (d.restart) delays.push(d.delayMs);
    }
    expect(delays).toEqual([0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);

    // A run that lasted is not held against the next: back to restarting at once.
    const steady = policy.start();
    policy.ready(steady);
    c.advance(60_000);
    expect(policy.exited(steady, "exit 1")).toEqual({ restart: true, delayMs: 0 });
  });

  it("gives up, saying why, when five starts in a row never got ready", () => {
    const policy = createRestartPolicy("the job worker", { now: clock().now });
    for (let i = 0; i < 4; i++) expect(policy.exited(policy.start(), "exit 1").restart).toBe(true);
    const last = policy.exited(policy.start(), "exit 1");
    expect(last.restart).toBe(false);
    expect(!last.restart && last.reason).toMatch(
      /the job worker failed 5 times in a row before it was ready \(last: exit 1\)/,
    );
  });

  it("counts only failures in a row: a start that got ready clears them", () => {
    const policy = createRestartPolicy("x", { now: clock().now });
    for (let i = 0; i < 4; i++) policy.exited(policy.start(), "exit 1");
    const ok = policy.start();
    policy.ready(ok);
    policy.exited(ok, "SIGKILL");
    for (let i = 0; i < 4; i++) expect(policy.exited(policy.start(), "exit 1").restart).toBe(true);
  });
});

// Real child processes: one that says it is ready and then waits, one that dies at start.
const READY_CHILD = `process.send("ready"); setInterval(() => {}, 1000); process.on("SIGTERM", () => process.exit(0));`;
const child = (code: string) => () =>
  spawn(process.execPath, ["-e", code], { stdio: ["ignore", "ignore", "inherit", "ipc"] });

function nextPid(supervised: { current(): { pid?: number } | undefined }, not: number | undefined) {
  return new Promise<number>((resolve) => {
    const check = () => {
      const pid = supervised.current()?.pid;
      if (pid && pid !== not) resolve(pid);
      else setTimeout(check, 20);
    };
    check();
  });
}

describe("superviseChild", () => {
  it("starts a killed process again", async () => {
    const lines: string[] = [];
    const supervised = superviseChild({
      name: "the job worker",
      spawn: child(READY_CHILD),
      say: (l) => lines.push(l),
      onGiveUp: () => {
        throw new Error("gave up");
      },
    });
    const first = await nextPid(supervised, undefined);
    process.kill(first, "SIGKILL");
    const second = await nextPid(supervised, first);
    expect(second).not.toBe(first);
    expect(lines).toEqual(["the job worker stopped (SIGKILL); starting it again"]);
    await supervised.stop();
    expect(supervised.current()).toBeUndefined();
  });

  it("stops trying, and says why, when the process keeps failing at start", async () => {
    const lines: string[] = [];
    const reason = await new Promise<string>((resolve) => {
      superviseChild({
        name: "the job worker",
        spawn: child("process.exit(3)"),
        say: (l) => lines.push(l),
        onGiveUp: resolve,
        baseDelayMs: 1,
      });
    });
    expect(reason).toMatch(/failed 5 times in a row before it was ready \(last: exit 3\)/);
    expect(lines.filter((l) => l.includes("starting it again"))).toHaveLength(4);
  });
});
