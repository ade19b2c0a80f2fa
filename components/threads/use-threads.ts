"use client";

// A draft's comment threads, kept live: the list from the API, then every change the server
// announces on its event stream (filtered for this viewer on the server), merged by id. On every
// (re)connection the list is fetched again, so nothing said while we were away is missed. The
// browser knows at once when the network goes; an open event stream may not notice for minutes,
// so going offline closes it, and coming back opens it again.
import { useCallback, useEffect, useState } from "react";
import type { Thread } from "@/lib/comments/thread";
import { describeError, threadsApi } from "./threads-api";

export type LiveState = "connecting" | "live" | "offline";

export interface ThreadsState {
  threads: Thread[];
  loaded: boolean;
  live: LiveState;
  problem: string | null;
  /** The latest news for screen readers ("Russia replied: …"). */
  announcement: string;
  /** Puts a thread the API answered with into the list. */
  upsert: (thread: Thread) => void;
}

export function upsertThread(threads: readonly Thread[], thread: Thread): Thread[] {
  const index = threads.findIndex((existing) => existing.id === thread.id);
  if (index === -1) return [...threads, thread];
  const next = [...threads];
  next[index] = thread;
  return next;
}

/** What a screen reader hears when a thread changes under someone else's hand. */
export function newsOf(previous: Thread | undefined, thread: Thread): string | null {
  const seen = new Set(previous?.comments.map((comment) => comment.id));
  const fresh = thread.comments.filter((comment) => !seen.has(comment.id) && !comment.mine);
  const last = fresh.at(-1);
  if (!last) return null;
  const who = `${last.author.name} (${thread.delegationName})`;
  const body = last.body.length > 160 ? `${last.body.slice(0, 160)}…` : last.body;
  return previous ? `New reply from ${who}: ${body}` : `New thread from ${who}: ${body}`;
}

const RETRY_MS = [2_000, 5_000, 10_000, 30_000];

export function useThreads(documentId: string): ThreadsState {
  const [threads, setThreads] = useState<Thread[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [live, setLive] = useState<LiveState>("connecting");
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const upsert = useCallback((thread: Thread) => setThreads((previous) => upsertThread(previous, thread)), []);

  useEffect(() => {
    let disposed = false;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let attempts = 0;
    // Events that arrive while the list is being fetched are applied again on top of it.
    let fetching = 0;
    let arrivedDuringFetch: Thread[] = [];
    // What this browser has heard of, to tell news from echoes.
    const known = new Map<string, Thread>();
    let loadedOnce = false;

    const refetch = async () => {
      const ticket = ++fetching;
      arrivedDuringFetch = [];
      try {
        const list = await threadsApi.list(documentId);
        if (disposed || ticket !== fetching) return;
        const merged = arrivedDuringFetch.reduce(upsertThread, list);
        for (const thread of merged) known.set(thread.id, thread);
        loadedOnce = true;
        setThreads(merged);
        setLoaded(true);
        setProblem(null);
      } catch (error) {
        if (!disposed && ticket === fetching) setProblem(`The threads could not be loaded. ${describeError(error)}`);
      }
    };

    const connect = () => {
      clearTimeout(retry);
      source?.close();
      source = new EventSource(`/api/documents/${documentId}/threads/events`);
      source.addEventListener("ready", () => {
        attempts = 0;
        setLive("live");
        void refetch();
      });
      source.addEventListener("thread", (event) => {
        let thread: Thread;
        try {
          thread = JSON.parse((event as MessageEvent<string>).data) as Thread;
        } catch {
          return;
        }
        arrivedDuringFetch.push(thread);
        const news = loadedOnce ? newsOf(known.get(thread.id), thread) : null;
        known.set(thread.id, thread);
        if (news) setAnnouncement(news);
        setThreads((previous) => upsertThread(previous, thread));
      });
      source.onerror = () => {
        if (disposed || !source) return;
        setLive("offline");
        // EventSource retries on its own unless the server refused (then it is CLOSED).
        if (source.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(connect, RETRY_MS[Math.min(attempts++, RETRY_MS.length - 1)]);
        }
      };
    };

    const goOffline = () => {
      clearTimeout(retry);
      source?.close();
      source = null;
      setLive("offline");
    };
    const goOnline = () => {
      attempts = 0;
      connect();
    };

    void refetch();
    connect();
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    return () => {
      disposed = true;
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      clearTimeout(retry);
      source?.close();
    };
  }, [documentId]);

  return { threads, loaded, live, problem, announcement, upsert };
}
