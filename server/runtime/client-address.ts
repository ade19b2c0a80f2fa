// The address a request came from, as our own HTTP server saw it. The server overwrites this
// header on every request, so a client cannot choose its own address to dodge throttling.
import type { IncomingMessage } from "node:http";

export const CLIENT_ADDRESS_HEADER = "x-concord-client-address";

export function clientAddress(request: IncomingMessage, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = request.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? null;
}

export function stampClientAddress(request: IncomingMessage, trustProxy: boolean): void {
  const address = clientAddress(request, trustProxy);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
  else delete request.headers[CLIENT_ADDRESS_HEADER];
}
