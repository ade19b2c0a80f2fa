// The last net under every promise nobody awaited. Node's default ends the process on an
// unhandled rejection, which for a collaboration server means every editor in every draft drops
// at once because of one bad request. The code that owns a connection must catch its own errors
// and close that connection (tests prove it); this only keeps a mistake there from becoming an
// outage, and says where it was, so that it gets fixed.
export function logUnhandledRejections(log: (line: string) => void): void {
  process.on("unhandledRejection", (reason) => {
    const detail = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    log(`Unhandled rejection (kept running): ${detail}`);
  });
}
