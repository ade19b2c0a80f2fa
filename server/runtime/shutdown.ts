// Ordered, once-only shutdown on Ctrl-C or SIGTERM: stop taking requests, then close the
// database. A second Ctrl-C while waiting exits at once.
type Step = { name: string; run: () => Promise<void> };

const steps: Step[] = [];
let started = false;

/** Steps run in reverse order of registration: what started last stops first. */
export function onShutdown(name: string, run: () => Promise<void>): void {
  steps.push({ name, run });
}

export async function shutdown(log: (line: string) => void): Promise<void> {
  if (started) return;
  started = true;
  for (const step of [...steps].reverse()) {
    try {
      await step.run();
    } catch (error) {
      log(`Shutdown: ${step.name} failed: ${(error as Error).message}`);
    }
  }
}

export function exitOnSignals(log: (line: string) => void): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (started) {
        log("Forced exit.");
        process.exit(130);
      }
      log(`${signal} received: shutting down…`);
      void shutdown(log).then(() => process.exit(0));
    });
  }
}
