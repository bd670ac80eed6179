import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { getBoss, QUEUES, stopBoss } from "../jobs/boss";
import { waitFor } from "../../tests/factories/worker-process";
import { superviseChild, type SupervisedChild } from "./supervise.mts";

/**
 * `npm start` stopped the whole site when its job worker was killed ("the job
 * worker stopped (exit 137); stopping"). Here the real worker runs under the
 * supervisor npm start uses, is SIGKILLed, and a new one takes its place and
 * works the queue.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
let supervised: SupervisedChild | undefined;
afterAll(async () => {
  await supervised?.stop();
  await stopBoss();
});

it("starts a killed job worker again, which then works the queues", async () => {
  const lines: string[] = [];
  let ready = 0;
  supervised = superviseChild({
    name: "the job worker",
    spawn: () => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: "warn", WORKER_POLLING_INTERVAL_SECONDS: "1" },
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      child.on("message", (m) => m === "ready" && ready++);
      return child;
    },
    say: (line) => lines.push(line),
    onGiveUp: (reason) => lines.push(`gave up: ${reason}`),
  });
  await waitFor(async () => (ready === 1 ? true : undefined), 60_000);
  const first = supervised.current()!.pid!;
  process.kill(first, "SIGKILL");
  await waitFor(async () => (ready === 2 ? true : undefined), 60_000);
  expect(supervised.current()!.pid).not.toBe(first);
  expect(lines).toEqual(["the job worker stopped (SIGKILL); starting it again"]);

  const boss = await getBoss();
  // A booking that does not exist: the job is skipped, and completed, by the new worker.
  const id = await boss.send(QUEUES.confirmation, { bookingId: "no-such-booking" });
  await waitFor(async () => {
    const [job] = await boss.findJobs(QUEUES.confirmation, { id: id! });
    return job?.state === "completed" ? job : undefined;
  }, 60_000);
}, 180_000);
