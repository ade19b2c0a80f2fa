import { AppError } from "@/lib/api/errors";
import { PEOPLE_CSV_LIMIT_BYTES } from "@/lib/api/users";
import { db } from "@/server/db/client";
import { assertStorableText } from "@/server/http/clean-text";
import { readCapped } from "@/server/http/json-body";
import { route } from "@/server/http/route";
import { importPeople } from "@/server/users/import-people";
import { invitationSettings } from "@/server/users/invitation-settings";

const CSV_TYPE = /^text\/csv\s*(;|$)/i;

/**
 * Opens many accounts from a CSV body (text/csv, header name,email,role,state, up to 1 MB): 201
 * { created, invitations }, or 400 { lines } naming every bad line, and nobody added. Secretariat.
 */
export const POST = route({ action: "manage-people", status: 201 }, async ({ user, request }) => {
  if (!CSV_TYPE.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported-media-type", "Send the list as CSV, with Content-Type: text/csv.");
  }
  const bytes = await readCapped(request, PEOPLE_CSV_LIMIT_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("invalid", "The file is not UTF-8 text: save the CSV as UTF-8 and try again.", { lines: [] });
  }
  assertStorableText(text);
  return importPeople(db(), user, text, invitationSettings(request));
});
