import { performance } from "node:perf_hooks";
import { runRecordBench } from "./record";
const t = performance.now();
await runRecordBench({ quick: true, log: () => {} });
console.log("total", performance.now() - t);
