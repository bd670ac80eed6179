// Runs once when the server starts: a missing or bad variable stops it with a
// sentence that names the variable, instead of answering 500 to every request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env, requireAuthSecret } = await import("./lib/env");
    try {
      requireAuthSecret(env());
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    }
  }
}
