// What a bench process says about itself between two marks: CPU time (user + system), peak
// resident memory, and how late its event loop ran. Used by both servers and the client workers.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { WebSocket } from "ws";

export interface ProbeReading {
  /** CPU time since the last mark, in ms. */
  userMs: number;
  systemMs: number;
  /** Wall time since the last mark, in ms. */
  wallMs: number;
  /** Highest RSS sampled (every 100 ms) since the last mark, in bytes. */
  peakRssWindow: number;
  /** Highest RSS of the whole process lifetime (getrusage), in bytes. */
  maxRssLifetime: number;
  /** Event-loop delay since the last mark, in ms. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Websocket frames (and their bytes) sent since the last mark; 0 unless countFrames() was called. */
  framesSent: number;
  bytesSent: number;
}

const sent = { frames: 0, bytes: 0 };

/** Counts every frame this process's `ws` sockets send (a server's fan-out), without changing it. */
export function countFrames(): void {
  const original = WebSocket.prototype.send;
  WebSocket.prototype.send = function send(this: WebSocket, data: unknown, ...rest: unknown[]) {
    sent.frames += 1;
    sent.bytes += (data as { byteLength?: number }).byteLength ?? 0;
    return (original as (...args: unknown[]) => void).call(this, data, ...rest);
  } as typeof original;
}

export class ProcessProbe {
  private cpu = process.cpuUsage();
  private wall = performance.now();
  private peakRss = process.memoryUsage.rss();
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private readonly sampler: NodeJS.Timeout;

  constructor() {
    this.loop.enable();
    this.sampler = setInterval(() => {
      this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
    }, 100);
    this.sampler.unref();
  }

  /** The reading since the previous mark; starts a new window. */
  mark(): ProbeReading {
    const cpu = process.cpuUsage(this.cpu);
    const wall = performance.now();
    const reading: ProbeReading = {
      userMs: cpu.user / 1000,
      systemMs: cpu.system / 1000,
      wallMs: wall - this.wall,
      peakRssWindow: Math.max(this.peakRss, process.memoryUsage.rss()),
      maxRssLifetime: process.resourceUsage().maxRSS * 1024,
      loopDelayP99Ms: this.loop.count > 0 ? this.loop.percentile(99) / 1e6 : 0,
      loopDelayMaxMs: this.loop.count > 0 ? this.loop.max / 1e6 : 0,
      framesSent: sent.frames,
      bytesSent: sent.bytes,
    };
    sent.frames = 0;
    sent.bytes = 0;
    this.cpu = process.cpuUsage();
    this.wall = wall;
    this.peakRss = process.memoryUsage.rss();
    this.loop.reset();
    return reading;
  }

  stop(): void {
    clearInterval(this.sampler);
    this.loop.disable();
  }
}

/**
 * Milliseconds (sub-millisecond resolution) on the machine's monotonic clock (CLOCK_MONOTONIC,
 * via process.hrtime): one clock for every process of the machine, so a time taken in a writer's
 * process and one taken in a viewer's process can be subtracted. Unlike performance.timeOrigin,
 * which each process fixes from the wall clock when it starts, it cannot drift between processes.
 */
export function now(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}

/**
 * With BENCH_WINDOW_PROFILE=<dir>: a V8 CPU profile of exactly the measured window (from one mark
 * to the next), written as <dir>/<name>-<pid>-<n>.cpuprofile. Without it, nothing.
 */
export function windowProfiler(name: string): { mark(): Promise<void> } {
  const dir = process.env.BENCH_WINDOW_PROFILE;
  if (!dir) return { mark: async () => {} };
  let session: import("node:inspector").Session | null = null;
  let count = 0;
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  return {
    async mark() {
      const inspector = await import("node:inspector");
      if (!session) {
        session = new inspector.Session();
        session.connect();
        await post("Profiler.enable");
        await post("Profiler.start");
        return;
      }
      const { profile } = (await post("Profiler.stop")) as { profile: object };
      const { mkdir, writeFile } = await import("node:fs/promises");
      await mkdir(dir, { recursive: true });
      count += 1;
      await writeFile(`${dir}/${name}-${process.pid}-${count}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
      session = null;
    },
  };
}
