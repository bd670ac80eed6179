/** What GET and PUT /api/v1/interviews/{id}/notes return. */
export interface InterviewNotes {
  body: string;
  /** Null until the first save. */
  updatedAt: string | null;
}
