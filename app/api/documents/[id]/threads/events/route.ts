import { documentParams } from "@/lib/api/parse";
import { threadEventHub } from "@/server/comments/event-hub";
import { db } from "@/server/db/client";
import { getDocument } from "@/server/documents/get-document";
import { route } from "@/server/http/route";

const KEEP_ALIVE_MS = 25_000; // below common proxy idle timeouts

/**
 * Server-Sent Events: `event: thread` with a Thread each time a thread the viewer may see is
 * opened or changes. Filtered per viewer on the server.
 */
export const GET = route({ params: documentParams }, async ({ user: viewer, params: { id }, request }) => {
  await getDocument(db(), viewer, id);

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the client went away
        }
      };
      const unsubscribe = await threadEventHub().subscribe(id, {
        viewer,
        send: (thread) => write(`event: thread\ndata: ${JSON.stringify(thread)}\n\n`),
      });
      const keepAlive = setInterval(() => write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      cleanup = () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      write("event: ready\ndata: {}\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
