import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** A page's NOT_FOUND becomes Next's 404 page: unknown and not-yours read the same, as in the API. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
