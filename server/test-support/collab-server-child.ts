// A collaboration server in a process of its own, for tests that kill it with SIGKILL.
// argv: databaseUrl port. Prints "ready" when it listens.
import http from "node:http";
import { createCollabServer } from "../collab/collab-server";
import { createDatabase } from "../db/client";
import { TEST_SECRET } from "./collab-secret";

const [databaseUrl, port] = process.argv.slice(2) as [string, string];
const collab = createCollabServer({ db: createDatabase(databaseUrl), secret: TEST_SECRET });
const server = http.createServer((_request, response) => response.writeHead(404).end());
server.on("upgrade", (request, socket, head) => {
  if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
});
server.listen(Number(port), "127.0.0.1", () => console.log("ready"));
