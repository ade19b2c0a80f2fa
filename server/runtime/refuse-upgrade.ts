// Answers an upgrade request we will not serve and lets go of its socket. An upgrade that nobody
// answers is never closed by Node (the HTTP server hands the socket over and forgets it), so each
// one held a file descriptor until the process ran out of them.
import http from "node:http";
import type { Duplex } from "node:stream";

export function refuseUpgrade(socket: Duplex, status: number): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const text = http.STATUS_CODES[status] ?? "Refused";
  // Destroyed once the answer is handed to the kernel: a client that never reads cannot hold it.
  socket.once("finish", () => socket.destroy());
  socket.once("error", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`,
  );
}
