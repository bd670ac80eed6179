// Runs once when the server starts: a missing or bad variable stops it with a
// sentence that names the variable, instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./lib/env");
    env();
  }
}
