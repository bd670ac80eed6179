import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getQuestionRoute } from "../../app/api/v1/questions/[id]/route";
import { POST as moderate } from "../../app/api/v1/questions/[id]/moderation/route";
import { GET as search, POST as propose } from "../../app/api/v1/questions/route";
import { db } from "../db";
import { apiRequest } from "../../tests/factories/requests";
import { bearer, createTestUser, ensureInterviewTypes, type TestUser } from "../../tests/factories/users";
import { getQuestions } from "./get-question";
import type { QuestionInput } from "./question.schema";

type Listing = { questions: { id: string; title: string }[]; total: number };
type Detail = {
  id: string;
  guide: string | null;
  learn: { explainer: string; keyTerms: { term: string; definition: string }[]; resources: string[] } | null;
  canSeeGuide: boolean;
  status: string;
  rejectionReason: string | null;
};

const unique = randomUUID().slice(0, 6);
const question = (over: Partial<QuestionInput> = {}): QuestionInput => ({
  interviewType: "system-design",
  title: `Design a ${unique} dispatcher`,
  prompt: "Design the dispatch service that matches riders to drivers in a city of two million people.",
  guide: "A strong answer scopes the problem, proposes a geo index and discusses consistency of driver state.",
  difficulty: "MEDIUM",
  tags: ["geo"],
  companies: [],
  competencyKeys: ["architecture"],
  ...over,
});

let admin: TestUser;
let author: TestUser;
let reader: TestUser;

async function create(user: TestUser, input: QuestionInput): Promise<Detail> {
  const response = await propose(
    apiRequest("/api/v1/questions", { method: "POST", body: input, headers: bearer(user) }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as Detail;
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const find = async (user: TestUser, query: string) =>
  (await (await search(apiRequest(`/api/v1/questions?${query}`, { headers: bearer(user) }))).json()) as Listing;
const read = (user: TestUser, id: string) =>
  getQuestionRoute(apiRequest(`/api/v1/questions/${id}`, { headers: bearer(user) }), params(id));
const act = (user: TestUser, id: string, body: unknown) =>
  moderate(
    apiRequest(`/api/v1/questions/${id}/moderation`, { method: "POST", body, headers: bearer(user) }),
    params(id),
  );

beforeAll(async () => {
  await ensureInterviewTypes();
  admin = await createTestUser({ role: "ADMIN" });
  author = await createTestUser();
  reader = await createTestUser();
});

describe("search", () => {
  it("ranks a title match above a prompt match above a guide match", async () => {
    const word = `zebrafish${unique}`;
    const inGuide = await create(
      admin,
      question({ title: `Guide match ${unique} one`, guide: `Mentions ${word} only in the guide text here.` }),
    );
    const inTitle = await create(admin, question({ title: `The ${word} question ${unique}` }));
    const inPrompt = await create(
      admin,
      question({
        title: `Prompt match ${unique} two`,
        prompt: `Design a system for ${word} tracking across many regions please.`,
      }),
    );
    // An admin may read every guide, so the guide match counts, below the others.
    const result = await find(admin, `q=${word}`);
    expect(result.questions.map((q) => q.id)).toEqual([inTitle.id, inPrompt.id, inGuide.id]);
    // A reader may not read the guide: a word found only there finds nothing.
    expect((await find(reader, `q=${word}`)).questions.map((q) => q.id)).toEqual([inTitle.id, inPrompt.id]);
  });

  it("matches a guide only for those who may read it: not the booked candidate before the interview", async () => {
    const word = `quokka${unique}`;
    const q = await create(
      admin,
      question({ title: `Hidden guide ${unique}`, guide: `Only the guide says ${word} here.` }),
    );
    const interviewer = await createTestUser();
    const candidate = await createTestUser();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    const start = new Date(Date.now() + 5 * 86_400_000);
    await db().booking.create({
      data: {
        interviewTypeId: type.id,
        candidateId: candidate.caller.id,
        interviewerId: interviewer.caller.id,
        startsAt: start,
        endsAt: new Date(start.getTime() + 3_600_000),
        idempotencyKey: randomUUID(),
        questionId: q.id,
        participants: {
          create: [
            { userId: candidate.caller.id, role: "CANDIDATE" },
            { userId: interviewer.caller.id, role: "INTERVIEWER" },
          ],
        },
      },
    });
    expect((await find(candidate, `q=${word}`)).total).toBe(0);
    expect((await find(reader, `q=${word}`)).total).toBe(0);
    expect((await find(interviewer, `q=${word}`)).questions.map((r) => r.id)).toEqual([q.id]);
    expect((await find(admin, `q=${word}`)).questions.map((r) => r.id)).toEqual([q.id]);
  });

  it("filters by type, difficulty, tag and competency, and paginates", async () => {
    const tag = `tag-${unique}`;
    for (let i = 0; i < 3; i++)
      await create(admin, question({ title: `Filter ${unique} hard ${i}`, difficulty: "HARD", tags: [tag] }));
    await create(
      admin,
      question({
        title: `Filter ${unique} easy`,
        difficulty: "EASY",
        tags: [tag],
        interviewType: "technical-depth",
        competencyKeys: ["fundamentals"],
      }),
    );
    expect((await find(reader, `tag=${tag}`)).total).toBe(4);
    expect((await find(reader, `tag=${tag}&difficulty=HARD`)).total).toBe(3);
    expect((await find(reader, `tag=${tag}&type=technical-depth`)).questions.map((q) => q.title)).toEqual([
      `Filter ${unique} easy`,
    ]);
    expect((await find(reader, `tag=${tag}&competency=fundamentals`)).total).toBe(1);
    const page2 = await find(reader, `tag=${tag}&pageSize=2&page=2`);
    expect(page2.questions).toHaveLength(2);
    expect(page2.total).toBe(4);
  });

  it("rejects bad filters with a 400", async () => {
    const response = await search(apiRequest("/api/v1/questions?difficulty=IMPOSSIBLE", { headers: bearer(reader) }));
    expect(response.status).toBe(400);
  });
});

describe("contribution and moderation", () => {
  it("a proposal waits for an admin; the author sees its status; others don't see it", async () => {
    const proposed = await create(author, question({ title: `Proposed marmalade${unique} pending` }));
    expect(proposed.status).toBe("PENDING");
    expect((await read(reader, proposed.id)).status).toBe(404);
    expect(((await (await read(author, proposed.id)).json()) as Detail).status).toBe("PENDING");
    expect((await find(reader, `q=marmalade${unique}`)).total).toBe(0);
    expect((await find(admin, `q=marmalade${unique}&status=PENDING`)).total).toBe(1);
    expect((await find(author, "status=MINE")).questions.map((q) => q.id)).toContain(proposed.id);
  });

  it("a non-admin cannot approve", async () => {
    const proposed = await create(author, question({ title: `Proposed ${unique} self-approve` }));
    expect((await act(author, proposed.id, { action: "approve" })).status).toBe(404);
    expect((await db().question.findUniqueOrThrow({ where: { id: proposed.id } })).status).toBe("PENDING");
  });

  it("an admin approves with edits, rejects with a reason, retires; each change is audited", async () => {
    const a = await create(author, question({ title: `Proposed ${unique} approve me` }));
    const approved = await act(admin, a.id, { action: "approve", changes: { title: `Approved ${unique} and tidied` } });
    expect(approved.status).toBe(200);
    expect((await find(reader, `q=${encodeURIComponent(`tidied ${unique}`)}`)).questions.map((q) => q.id)).toContain(
      a.id,
    );

    const b = await create(author, question({ title: `Proposed ${unique} reject me` }));
    expect((await act(admin, b.id, { action: "reject" })).status).toBe(400);
    expect((await act(admin, b.id, { action: "reject", reason: "Too close to an existing question." })).status).toBe(
      200,
    );
    const seen = (await (await read(author, b.id)).json()) as Detail;
    expect(seen).toMatchObject({ status: "REJECTED", rejectionReason: "Too close to an existing question." });

    expect((await act(admin, a.id, { action: "retire" })).status).toBe(200);
    expect((await find(reader, `q=${encodeURIComponent(`tidied ${unique}`)}`)).total).toBe(0);

    const audit = await db().auditLog.findMany({ where: { entityId: a.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => e.action)).toEqual(["question.create", "question.approve", "question.retire"]);
    expect(audit[1]?.before).toMatchObject({ title: `Proposed ${unique} approve me`, status: "PENDING" });
    expect(audit[1]?.after).toMatchObject({ title: `Approved ${unique} and tidied`, status: "APPROVED" });
  });
});

describe("who sees the interviewer guide", () => {
  it("admins and authors do; other readers see the prompt only", async () => {
    const q = await create(author, question({ title: `Guide visibility ${unique}` }));
    await act(admin, q.id, { action: "approve" });
    const asAuthor = (await (await read(author, q.id)).json()) as Detail;
    const asAdmin = (await (await read(admin, q.id)).json()) as Detail;
    const asReader = (await (await read(reader, q.id)).json()) as Detail;
    expect(asAuthor.guide).toContain("strong answer");
    expect(asAdmin.guide).toContain("strong answer");
    expect(asReader).toMatchObject({ guide: null, canSeeGuide: false });
    expect(JSON.stringify(asReader)).not.toContain("geo index");
  });

  it("the Learn block is for everyone who sees the question, with or without the guide", async () => {
    const q = await create(author, question({ title: `Learn block ${unique}` }));
    await act(admin, q.id, { action: "approve" });
    expect(((await (await read(reader, q.id)).json()) as Detail).learn).toBeNull();
    const learn = {
      explainer: "A geo index splits the map into cells so nearby drivers are found fast.",
      keyTerms: [{ term: "Geo index", definition: "A structure for finding things near a point." }],
      resources: ["Designing Data-Intensive Applications — Martin Kleppmann (book)"],
    };
    await db().question.update({ where: { id: q.id }, data: { learn } });
    const asReader = (await (await read(reader, q.id)).json()) as Detail;
    expect(asReader).toMatchObject({ canSeeGuide: false, guide: null, learn });
    expect(((await (await read(author, q.id)).json()) as Detail).learn).toEqual(learn);
  });

  it("the interviewer of a booking sees it at once; its candidate only after the interview ends", async () => {
    const q = await create(admin, question({ title: `Booked question ${unique}` }));
    const interviewer = await createTestUser();
    const candidate = await createTestUser();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    const start = new Date(Date.now() + 3 * 86_400_000);
    const booking = await db().booking.create({
      data: {
        interviewTypeId: type.id,
        candidateId: candidate.caller.id,
        interviewerId: interviewer.caller.id,
        startsAt: start,
        endsAt: new Date(start.getTime() + 3_600_000),
        idempotencyKey: randomUUID(),
        questionId: q.id,
        participants: {
          create: [
            { userId: candidate.caller.id, role: "CANDIDATE" },
            { userId: interviewer.caller.id, role: "INTERVIEWER" },
          ],
        },
      },
    });
    expect(((await (await read(interviewer, q.id)).json()) as Detail).canSeeGuide).toBe(true);
    expect(((await (await read(candidate, q.id)).json()) as Detail).canSeeGuide).toBe(false);
    await db().booking.update({
      where: { id: booking.id },
      data: {
        startsAt: new Date(Date.now() - 2 * 3_600_000),
        endsAt: new Date(Date.now() - 3_600_000),
        status: "COMPLETED",
      },
    });
    expect(((await (await read(candidate, q.id)).json()) as Detail).canSeeGuide).toBe(true);
  });
});

describe("a page of questions at once (moderation queue, my proposals)", () => {
  it("keeps the order, shows guides and reasons only to those who may read them, leaves out what the caller can't see", async () => {
    const approved = await create(author, question({ title: `Batch approved ${unique}` }));
    await act(admin, approved.id, { action: "approve" });
    const rejected = await create(author, question({ title: `Batch rejected ${unique}` }));
    await act(admin, rejected.id, { action: "reject", reason: "Too close to an existing question." });
    const pending = await create(author, question({ title: `Batch pending ${unique}` }));
    const ids = [pending.id, rejected.id, approved.id];

    const asAdmin = await getQuestions(admin.caller, ids);
    expect(asAdmin.map((q) => q.id)).toEqual(ids);
    expect(asAdmin.every((q) => q.canSeeGuide)).toBe(true);
    expect(asAdmin[1]?.rejectionReason).toBe("Too close to an existing question.");

    const asAuthor = await getQuestions(author.caller, ids);
    expect(asAuthor.map((q) => q.rejectionReason)).toEqual([null, "Too close to an existing question.", null]);

    const asReader = await getQuestions(reader.caller, ids);
    expect(asReader.map((q) => q.id)).toEqual([approved.id]);
    expect(asReader[0]).toMatchObject({ guide: null, canSeeGuide: false, rejectionReason: null });
  });
});
