// Input from a request, checked against its schema: the value as the schema gives it, or a 400
// whose message is the first thing wrong (each schema writes its messages for people).
import { z } from "zod";
import { InvalidInputError } from "./errors";

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message ?? "The request is not valid.");
  return parsed.data;
}

export const NUL_MESSAGE = "Text may not contain the NUL character (U+0000).";
export const BAD_ENCODING_MESSAGE =
  "The address contains a bad percent-encoding (a % not followed by valid UTF-8 hex codes).";

/** A path segment as the route receives it (still percent-encoded), decoded; refused when it does not decode. */
export const pathSegment = z.string().transform((raw, context) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    context.addIssue({ code: "custom", message: BAD_ENCODING_MESSAGE });
    return z.NEVER;
  }
  if (decoded.includes("\u0000")) {
    context.addIssue({ code: "custom", message: NUL_MESSAGE });
    return z.NEVER;
  }
  return decoded;
});

/** The `{id}` of /api/documents/{id}/…: unknown and malformed ids are the operation's 404. */
export const documentParams = z.object({ id: z.string() });
