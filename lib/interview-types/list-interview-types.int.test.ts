import { beforeAll, describe, expect, it } from "vitest";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import { db } from "../db";
import { listInterviewTypes, listInterviewTypesWithFocus } from "./list-interview-types";

beforeAll(ensureInterviewTypes);

describe("listInterviewTypesWithFocus", () => {
  it("lists the same live types as listInterviewTypes, flagging only the caller's own focus areas", async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    const types = await listInterviewTypes();
    const focus = types[1]!;
    await db().profileFocusArea.create({ data: { userId: me.caller.id, interviewTypeId: focus.id } });
    await db().profileFocusArea.create({ data: { userId: other.caller.id, interviewTypeId: types[0]!.id } });

    const listed = await listInterviewTypesWithFocus(me.caller.id);
    expect(listed.map(({ focus: _focus, ...type }) => type)).toEqual(types);
    expect(listed.filter((t) => t.focus).map((t) => t.slug)).toEqual([focus.slug]);
  });
});
