import pino from "pino";

/** Structured JSON logs; every line about a request carries its `requestId`. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "mockloop" },
  redact: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.token"],
});

export function requestLogger(requestId: string) {
  return logger.child({ requestId });
}
