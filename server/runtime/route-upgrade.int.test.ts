// Upgrades the web server does not serve are answered and closed, not held: each one held used
// to keep a descriptor until the process had none left.
import http from "node:http";
import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { CloseCode } from "../../lib/collab/close-codes";
import { createCollabServer } from "../collab/collab-server";
import { rawSocket, TEST_SECRET } from "../test-support/collab-harness";
import { createTestDatabase } from "../test-support/test-database";
import { upgradeRequest } from "../test-support/upgrade-request";
import { routeUpgrade } from "./route-upgrade";

let port: number;

beforeAll(async () => {
  const { db } = await createTestDatabase();
  const collab = createCollabServer({ db, secret: TEST_SECRET });
  // As the web server wires it in production (no Next hot reload).
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", routeUpgrade({ take: collab.handleUpgrade, nextDev: null }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as net.AddressInfo).port;
  return async () => {
    await collab.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
});

describe("upgrades the web server does not serve", () => {
  it.each(["/", "/_next/webpack-hmr", "/api/health", "/collab"])("answers %s with 404 and closes it", async (path) => {
    expect(await upgradeRequest(port, path)).toMatch(/^HTTP\/1\.1 404 /);
  });

  it("still hands /collab/<id> to the collaboration server", async () => {
    const { closed } = rawSocket(`ws://127.0.0.1:${port}/collab`, "some-draft");
    expect((await closed).code).toBe(CloseCode.Unauthenticated);
  });
});
