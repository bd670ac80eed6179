import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  calendarFetch,
  checkCalendarUrl,
  checkedAddresses,
  isPrivateAddress,
  type FetchPolicy,
} from "./calendar-fetch";

const v4 = (address: string) => ({ address, family: 4 });
const PUBLIC = "93.184.216.34";

/** A resolver that answers from a script, one answer per lookup, and records the names it was asked. */
function scripted(...answers: string[][]) {
  const asked: string[] = [];
  const resolve = async (host: string) => {
    asked.push(host);
    return (answers[Math.min(asked.length - 1, answers.length - 1)] ?? []).map(v4);
  };
  return { asked, resolve };
}

let server: Server;
let port = 0;
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(`${request.headers.host} ${request.url}`);
    if (request.url === "/moved") {
      response.writeHead(302, { location: `http://second.test:${port}/calendar.ics` }).end();
      return;
    }
    response.writeHead(200, { "content-type": "text/calendar" }).end("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("private addresses, however they are written", () => {
  it.each([
    "169.254.169.254",
    "100.100.100.200",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::7f00:1",
    "64:ff9b::a00:1",
    "2002:a9fe:a9fe::1",
    "fec0::1",
    "fd00:ec2::254",
  ])("%s is private", (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(["64:ff9b::808:808", "2002:808:808::1", "2606:4700::1111"])("%s is public", (address) =>
    expect(isPrivateAddress(address)).toBe(false),
  );
});

describe("one lookup, every address checked, and the connection goes to what was checked", () => {
  it("refuses a name that answers a public address and a private one", async () => {
    const { resolve } = scripted([PUBLIC, "10.0.0.5"]);
    await expect(checkedAddresses("calendar.test", { allowPrivate: false, resolve })).rejects.toThrow(
      /private network/,
    );
  });

  it("DNS rebinding: public when the address is saved, private when the request connects — nothing is sent", async () => {
    const policy: FetchPolicy = { allowPrivate: false, ...scripted([PUBLIC], ["127.0.0.1"]) };
    const url = `http://rebind.test:${port}/calendar.ics`;
    await expect(checkCalendarUrl(url, policy)).resolves.toBeInstanceOf(URL);
    const before = hits.length;
    await expect(calendarFetch(policy)(url)).rejects.toThrow(/private network/);
    expect(hits.length).toBe(before);
  });

  it("refuses an address written as a private IP, and the metadata address, without a lookup", async () => {
    const { asked, resolve } = scripted([PUBLIC]);
    const fetchIt = calendarFetch({ allowPrivate: false, resolve });
    await expect(fetchIt(`http://127.0.0.1:${port}/calendar.ics`)).rejects.toThrow(/private network/);
    await expect(fetchIt("http://169.254.169.254/latest/meta-data/")).rejects.toThrow(/private network/);
    await expect(fetchIt(`http://[::ffff:7f00:1]:${port}/`)).rejects.toThrow(/private network/);
    expect(asked).toEqual([]);
  });

  it("connects to the address its own lookup gave (a name no DNS knows), and each redirect hop is looked up again", async () => {
    const { asked, resolve } = scripted(["127.0.0.1"]);
    const response = await calendarFetch({ allowPrivate: true, resolve })(`http://first.test:${port}/moved`);
    expect(await response.text()).toMatch(/BEGIN:VCALENDAR/);
    expect(asked).toEqual(["first.test", "second.test"]);
    expect(hits.slice(-2)).toEqual([`first.test:${port} /moved`, `second.test:${port} /calendar.ics`]);
  });

  it("a redirect to a private address is refused at its hop", async () => {
    const { resolve } = scripted(["127.0.0.1"]);
    // Allowed for the first hop only: the redirect's hop is checked with the same lookup, which now refuses.
    let first = true;
    const policy: FetchPolicy = {
      get allowPrivate() {
        const allowed = first;
        first = false;
        return allowed;
      },
      resolve,
    };
    await expect(calendarFetch(policy)(`http://first.test:${port}/moved`)).rejects.toThrow(
      /second\.test is on a private network/,
    );
  });
});
