// A process that owns an embedded PostgreSQL, for tests that kill it the hard way.
// Prints one JSON line { url, pid } when ready; stops cleanly on SIGTERM.
import { startEmbeddedPostgres } from "../db/embedded-postgres";

const server = await startEmbeddedPostgres({ dataDir: process.argv[2]! });
process.on("SIGTERM", () => void server.stop().then(() => process.exit(0)));
console.log(JSON.stringify({ url: server.url, pid: server.pid }));
setInterval(() => {}, 1 << 30);
