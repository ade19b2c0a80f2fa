// Where invitation links point and how they travel, for a request: Concord's public URL
// (NEXTAUTH_URL, or the origin the request came to when it is unset) and the mail server, if any.
import { env } from "../config/env";
import type { MailSettings } from "./mail-invitation";

export function invitationSettings(request: Request): MailSettings {
  const config = env();
  return { smtpUrl: config.SMTP_URL, publicUrl: config.NEXTAUTH_URL ?? new URL(request.url).origin };
}
