// A TCP proxy in front of PostgreSQL that can stop forwarding, so that a test can make the
// database unresponsive for one server (connections stay open, nothing is answered) without
// touching the PostgreSQL every test shares. Bytes held while stalled are delivered on resume.
import net from "node:net";
import { afterAll } from "vitest";

export interface StallingProxy {
  /** The same database URL, through the proxy. */
  url: string;
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startStallingProxy(databaseUrl: string): Promise<StallingProxy> {
  const target = new URL(databaseUrl);
  let stalled = false;
  const flushes = new Set<() => void>();
  const sockets = new Set<net.Socket>();

  /** Copies `from` to `to`, holding the bytes while stalled. */
  function forward(from: net.Socket, to: net.Socket): void {
    const held: Buffer[] = [];
    const flush = () => {
      while (held.length > 0) to.write(held.shift()!);
    };
    flushes.add(flush);
    from.on("data", (chunk: Buffer) => {
      if (stalled) held.push(chunk);
      else to.write(chunk);
    });
    from.on("close", () => {
      flushes.delete(flush);
      to.destroy();
    });
    from.on("error", () => from.destroy());
  }

  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) sockets.add(socket);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);

  const close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
  afterAll(close);
  return {
    url: url.toString(),
    stall: () => (stalled = true),
    resume: () => {
      stalled = false;
      for (const flush of flushes) flush();
    },
    close,
  };
}
