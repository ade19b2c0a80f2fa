// Mailing invitations through a real SMTP conversation with a minimal mail server on port 0.
import { createServer, type AddressInfo, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailInvitations } from "./mail-invitation";

/** A mail server that takes every message and keeps its envelope and text (no TLS, no auth). */
function fakeSmtp(): { server: Server; messages: { from: string; to: string[]; data: string }[] } {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server = createServer((socket) => {
    let buffer = "";
    let data: string | null = null;
    let envelope = { from: "", to: [] as string[] };
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          messages.push({ ...envelope, data: data + buffer.slice(0, end) });
          buffer = buffer.slice(end + 5);
          data = null;
          envelope = { from: "", to: [] };
          socket.write("250 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "MAIL") envelope.from = line;
        if (verb === "RCPT") envelope.to.push(line);
        if (verb === "DATA") data = "";
        if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write(verb === "DATA" ? "354 go on\r\n" : "250 ok\r\n");
      }
    });
  });
  return { server, messages };
}

const smtp = fakeSmtp();
let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.server.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));

const mail = {
  to: "dana@mfa.kz.test",
  name: "Dana Seitkali",
  url: "https://concord.example/invitations/abc",
  expiresAt: new Date("2026-12-04T10:00:00Z"),
  reset: false,
};

describe("mailInvitations", () => {
  it("sends nothing without SMTP_URL", async () => {
    expect(await mailInvitations({ smtpUrl: undefined, publicUrl: "https://concord.example" }, [mail])).toEqual([
      false,
    ]);
  });

  it("mails a short plain message with the link and its expiry, from the forum's domain", async () => {
    const sent = await mailInvitations({ smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: "https://concord.example" }, [
      mail,
      { ...mail, to: "lee@mfa.kr.test", name: "Lee", reset: true },
    ]);
    expect(sent).toEqual([true, true]);
    expect(smtp.messages).toHaveLength(2);
    const [first, second] = smtp.messages;
    expect(first!.from).toContain("no-reply@concord.example");
    expect(first!.to[0]).toContain("dana@mfa.kz.test");
    expect(first!.data).toContain("Subject: Your Concord account");
    expect(first!.data).toContain("Dear Dana Seitkali,");
    expect(first!.data).toContain("https://concord.example/invitations/abc");
    expect(first!.data).toContain("Content-Type: text/plain");
    expect(second!.data).toContain("Subject: Set a new Concord password");
  });

  it("reports a mail server that cannot be reached as not mailed, without throwing", async () => {
    const closed = fakeSmtp().server;
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sent = await mailInvitations({ smtpUrl: `smtp://127.0.0.1:${deadPort}`, publicUrl: "https://c.example" }, [
      mail,
    ]);
    expect(sent).toEqual([false]);
  });
});
