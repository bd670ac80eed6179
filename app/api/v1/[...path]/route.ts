import { AppError } from "@/lib/errors";
import { handle } from "@/lib/http";

// Unknown API paths answer problem+json like every other API error, not an HTML 404 page.
const notFound = handle(async ({ request }) => {
  throw new AppError("NOT_FOUND", `There is no API endpoint at ${new URL(request.url).pathname}.`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
