import { z } from "zod";

/** Answers of the sign-in and token routes (their requests are parsed in magic-link.ts and api-tokens.ts). */
export const magicLinkResponseSchema = z.object({ sent: z.literal(true), message: z.string() });

const apiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The secret's first characters, to tell tokens apart"),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export const apiTokenListResponseSchema = z.object({ tokens: z.array(apiToken) });
export const createdApiTokenResponseSchema = apiToken.extend({
  secret: z.string().describe("Shown once: send it as `Authorization: Bearer <secret>`"),
});
export type ApiTokenResponse = z.infer<typeof apiToken>;
export type CreatedApiTokenResponse = z.infer<typeof createdApiTokenResponseSchema>;

export const signedOutEverywhereResponseSchema = z.object({
  revoked: z.number().int().describe("Sessions ended"),
  tokensRevoked: z.number().int(),
});
