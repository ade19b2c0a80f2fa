// When SMTP_URL is set, Concord mails each invitation link to its person: a plain, short message.
// Without it (development, or a forum that prefers to pass links on itself) nothing is sent and
// the secretariat sees the link. A mail server that refuses never undoes the account: the link
// is shown instead, and the secretariat is told it was not mailed.
import nodemailer from "nodemailer";
import { INVITATION_HOURS } from "../../lib/api/users";

export interface InvitationMail {
  to: string;
  name: string;
  url: string;
  expiresAt: Date;
  /** A new account, or a password reset. */
  reset: boolean;
}

export interface MailSettings {
  smtpUrl: string | undefined;
  /** Concord's public URL: the sender's domain, and what the message names. */
  publicUrl: string;
}

function sender(settings: MailSettings & { smtpUrl: string }): string {
  // The SMTP account's own address when it is one (most providers refuse any other sender).
  const user = decodeURIComponent(new URL(settings.smtpUrl).username);
  if (/^[^@\s]+@[^@\s]+$/.test(user)) return `Concord <${user}>`;
  return `Concord <no-reply@${new URL(settings.publicUrl).hostname}>`;
}

export function invitationText(mail: InvitationMail): { subject: string; text: string } {
  const until = mail.expiresAt.toUTCString();
  const opening = mail.reset
    ? "The secretariat has reset your Concord password."
    : "The secretariat has opened a Concord account for you, where the forum's drafts are negotiated.";
  return {
    subject: mail.reset ? "Set a new Concord password" : "Your Concord account",
    text: [
      `Dear ${mail.name},`,
      "",
      opening,
      `Set your password through this link (it works once, for ${INVITATION_HOURS} hours, until ${until}):`,
      "",
      mail.url,
      "",
      "If you did not expect this message, ignore it and tell the secretariat.",
    ].join("\n"),
  };
}

/** True when the mail server took the message; false when mail is off or the server refused. */
export async function mailInvitations(settings: MailSettings, mails: InvitationMail[]): Promise<boolean[]> {
  const smtpUrl = settings.smtpUrl;
  if (!smtpUrl || mails.length === 0) return mails.map(() => false);
  const transport = nodemailer.createTransport(smtpUrl, { from: sender({ ...settings, smtpUrl }) });
  try {
    const sent: boolean[] = [];
    for (const mail of mails) {
      try {
        await transport.sendMail({ to: mail.to, ...invitationText(mail) });
        sent.push(true);
      } catch (error) {
        console.error(`The invitation to ${mail.to} was not mailed: ${(error as Error).message}`);
        sent.push(false);
      }
    }
    return sent;
  } finally {
    transport.close();
  }
}
