// The rules fuzzer's long run:
//   npm run fuzz:collab -- --seed=N --steps=M [--stop] [--verbose] [--dump=DIR] [--exclude=kind,kind]
// Serves the demo draft CICA/SWG/2022/3 from a real collaboration server on port 0, over a
// database of its own (the bench's: DATABASE_URL's server, the local one or an embedded one;
// migrated, seeded, dropped at the end), runs the seeded steps of
// server/test-support/rule-fuzzer (step kinds: attacks.ts) and prints every failure with its
// seed, step and attack, then a summary by invariant and kind. --stop ends at the first failing
// step, as the suite's fixed-seed run does; --dump writes the stored text before and after each
// failing step; --exclude leaves out kinds (a known defect) to see what else fails.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { COLLAB_PATH, createCollabServer } from "../server/collab/collab-server";
import { PostgresBus } from "../server/events/postgres-bus";
import { TEST_SECRET } from "../server/test-support/collab-secret";
import { runRulesFuzz, RulesFuzzError, type RulesFuzzReport } from "../server/test-support/rule-fuzzer/run";
import { openBenchDatabase } from "./database";

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((value) => value === `--${name}` || value.startsWith(prefix));
  return arg === undefined ? undefined : arg.startsWith(prefix) ? arg.slice(prefix.length) : "true";
}

async function main(): Promise<number> {
  const seed = Number(option("seed") ?? 1);
  const steps = Number(option("steps") ?? 2000);
  const stop = option("stop") === "true";
  const database = await openBenchDatabase((line) => console.log(line));
  const bus = new PostgresBus(database.url);
  const collab = createCollabServer({
    db: database.db,
    secret: TEST_SECRET,
    bus,
    checkpointAfterQuietMs: 150,
    rate: { perSecond: 1000, burst: 4000 },
  });
  const httpServer = http.createServer((_request, response) => response.writeHead(404).end());
  httpServer.on("upgrade", (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  try {
    await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
    const { port } = httpServer.address() as AddressInfo;
    const draftId = (await database.db.document.findFirstOrThrow({ where: { symbol: "CICA/SWG/2022/3" } })).id;
    console.log(`rules fuzzer: seed ${seed}, ${steps} steps, on ${database.where}`);
    const started = Date.now();
    const report: RulesFuzzReport = await runRulesFuzz({
      db: database.db,
      url: `ws://127.0.0.1:${port}${COLLAB_PATH}`,
      server: collab,
      draftId,
      secret: TEST_SECRET,
      seed,
      steps,
      stopOnFailure: stop,
      verbose: option("verbose") === "true",
      dumpDir: option("dump"),
      exclude: option("exclude")?.split(",") ?? [],
      quietEvery: 40,
      quietMs: 400,
      log: (line) => console.log(line),
    }).catch((error: unknown) => {
      if (error instanceof RulesFuzzError) return { failures: error.failures, kinds: {} };
      throw error;
    });
    console.log(`\n${steps} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (Object.keys(report.kinds).length > 0) console.log(`steps by kind: ${JSON.stringify(report.kinds)}`);
    const summary = new Map<string, { count: number; first: number }>();
    for (const failure of report.failures) {
      const key = `invariant ${failure.invariant} × ${failure.kind}`;
      const entry = summary.get(key) ?? { count: 0, first: failure.step };
      entry.count += 1;
      summary.set(key, entry);
    }
    for (const [key, { count, first }] of [...summary].sort())
      console.log(`${key}: ${count} failure(s), first at step ${first}`);
    if (report.failures.length === 0) console.log("no invariant failed");
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    await collab.close();
    await bus.close();
    httpServer.closeAllConnections();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
