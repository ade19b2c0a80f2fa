// What every state-changing API request must pass before any route sees it: it comes from
// Concord's own pages (Origin, Sec-Fetch-Site), carries JSON as JSON, stays under the size
// limit, and holds text PostgreSQL can store. Each failure is a clear 4xx, never a 500.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { toBase64 } from "lib0/buffer";
import * as Y from "yjs";
import { signInWithApi } from "../support/sign-in";
import { baseURL, cookieHeader, draftId, signedInAs } from "../support/api-clients";

const SYMBOL = "CICA/SOC/2022/5";

function anchor() {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment("default");
  fragment.insert(0, [new Y.XmlText("text")]);
  const at = (index: number) =>
    toBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(fragment, index)));
  return { start: at(0), end: at(1) };
}

async function openThread(context: APIRequestContext, documentId: string, body: string): Promise<string> {
  const response = await context.post(`/api/documents/${documentId}/threads`, {
    data: { visibility: "public", anchor: anchor(), quote: "q", body },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function commentsOf(context: APIRequestContext, documentId: string, threadId: string): Promise<string[]> {
  const threads = (await (await context.get(`/api/documents/${documentId}/threads`)).json()) as {
    id: string;
    comments: { body: string }[];
  }[];
  return threads.find((thread) => thread.id === threadId)!.comments.map((comment) => comment.body);
}

test("a state-changing request from another origin is refused; Concord's own origin is not", async () => {
  const chair = await signedInAs("chair@concord.test");
  const id = await draftId(chair, SYMBOL);
  const revisions = `/api/documents/${id}/revisions`;
  const before = ((await (await chair.get(revisions)).json()) as unknown[]).length;

  const evil = await chair.post(revisions, { data: { label: "forged" }, headers: { Origin: "http://evil.example" } });
  expect(evil.status()).toBe(403);
  expect(await evil.json()).toEqual({
    error: "cross-origin",
    message: "This request did not come from Concord's own pages, so it was refused.",
  });
  // Another port of the same host is another origin.
  const port = await chair.post(revisions, { data: {}, headers: { Origin: "http://localhost:8082" } });
  expect(port.status()).toBe(403);
  // A browser that sends no Origin still says where the request came from.
  const sameSite = await chair.post(revisions, { data: {}, headers: { "Sec-Fetch-Site": "same-site" } });
  expect(sameSite.status()).toBe(403);
  expect((await chair.post(revisions, { data: {}, headers: { Origin: "null" } })).status()).toBe(403);
  expect(((await (await chair.get(revisions)).json()) as unknown[]).length).toBe(before);

  // The app's own origin, and scripts that send no Origin at all, go through (a reply here, so
  // that the draft's symbol, which other tests look for, stays as it is).
  const threadId = await openThread(chair, id, "from our own pages");
  const comments = `/api/threads/${threadId}/comments`;
  const own = await chair.post(comments, { data: { body: "ours" }, headers: { Origin: baseURL } });
  expect(own.status()).toBe(201);
  // Reached by another name, the app's origin is the one the browser used (its Host).
  const other = baseURL.replace("localhost", "127.0.0.1");
  const viaHost = await chair.post(`${other}${comments}`, {
    data: { body: "via another name" },
    headers: { Origin: other, "Sec-Fetch-Site": "same-origin", cookie: await cookieHeader(chair) },
  });
  expect(viaHost.status()).toBe(201);
  expect(await commentsOf(chair, id, threadId)).toEqual(["from our own pages", "ours", "via another name"]);
  // Reading is never refused for its origin.
  expect((await chair.get(revisions, { headers: { Origin: "http://evil.example" } })).status()).toBe(200);
  await chair.dispose();
});

test("a page on another port of the same host cannot comment as the signed-in delegate", async ({ browser }) => {
  const kz = await signedInAs("kz@concord.test");
  const id = await draftId(kz, SYMBOL);
  const threadId = await openThread(kz, id, "a thread to forge into");

  // The attacker's page: a simple request (text/plain, no preflight) with the visitor's cookies.
  const page = `<script>
    fetch(${JSON.stringify(`${baseURL}/api/threads/${threadId}/comments`)}, {
      method: "POST", mode: "no-cors", credentials: "include",
      headers: { "Content-Type": "text/plain" }, body: JSON.stringify({ body: "forged" }),
    }).finally(() => { document.title = "sent"; });
  </script>`;
  const attacker = http.createServer((_request, response) =>
    response.writeHead(200, { "content-type": "text/html" }).end(page),
  );
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  const { port } = attacker.address() as AddressInfo;

  const context = await browser.newContext();
  await signInWithApi(context.request, "kz@concord.test");
  const tab = await context.newPage();
  await tab.goto(`http://localhost:${port}/`);
  await expect(tab).toHaveTitle("sent");

  expect(await commentsOf(kz, id, threadId)).toEqual(["a thread to forge into"]);
  attacker.close();
  await context.close();
  await kz.dispose();
});

test("a body that is not declared JSON is refused with 415, before anything is parsed", async () => {
  const kz = await signedInAs("kz@concord.test");
  const id = await draftId(kz, SYMBOL);
  const threadId = await openThread(kz, id, "content types");
  const plain = await kz.post(`/api/threads/${threadId}/comments`, {
    headers: { "Content-Type": "text/plain" },
    data: JSON.stringify({ body: "as text" }),
  });
  expect(plain.status()).toBe(415);
  expect(await plain.json()).toEqual({
    error: "unsupported-media-type",
    message: "Send the request body as JSON, with Content-Type: application/json.",
  });
  const form = await kz.post(`/api/threads/${threadId}/comments`, { form: { body: "as a form" } });
  expect(form.status()).toBe(415);
  const json = await kz.post(`/api/threads/${threadId}/comments`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
    data: JSON.stringify({ body: "as JSON" }),
  });
  expect(json.status()).toBe(201);
  expect(await commentsOf(kz, id, threadId)).toEqual(["content types", "as JSON"]);
  await kz.dispose();
});

test("a body over 64 KB is refused with 413 even when sent in chunks without a length", async () => {
  const kz = await signedInAs("kz@concord.test");
  const id = await draftId(kz, SYMBOL);
  const threadId = await openThread(kz, id, "large bodies");
  const cookie = await cookieHeader(kz);
  const url = new URL(`/api/threads/${threadId}/comments`, baseURL);

  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", headers: { cookie, "content-type": "application/json", "transfer-encoding": "chunked" } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    // 5 MB of valid JSON: { "body": "xxxx…" }
    request.write('{"body":"');
    const chunk = "x".repeat(64 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent < 80) {
        sent += 1;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      request.end('"}');
    };
    pump();
  });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body)).toEqual({
    error: "too-large",
    message: "The request body is larger than 64 KB.",
  });
  const declared = await kz.post(`/api/threads/${threadId}/comments`, { data: { body: "y".repeat(70 * 1024) } });
  expect(declared.status()).toBe(413);
  expect(await commentsOf(kz, id, threadId)).toEqual(["large bodies"]);
  await kz.dispose();
});

test("text PostgreSQL cannot store, and addresses that do not decode, are 400s that say why", async () => {
  const chair = await signedInAs("chair@concord.test");
  const id = await draftId(chair, SYMBOL);
  const threadId = await openThread(chair, id, "NUL bytes");
  const nul = { error: "invalid", message: "Text may not contain the NUL character (U+0000)." };

  const comment = await chair.post(`/api/threads/${threadId}/comments`, { data: { body: "a\u0000b" } });
  expect(comment.status()).toBe(400);
  expect(await comment.json()).toEqual(nul);
  const quote = await chair.post(`/api/documents/${id}/threads`, {
    data: { visibility: "public", anchor: anchor(), quote: "q\u0000", body: "fine" },
  });
  expect(quote.status()).toBe(400);
  expect(await quote.json()).toEqual(nul);
  const label = await chair.post(`/api/documents/${id}/revisions`, { data: { label: "Rev\u0000" } });
  expect(label.status()).toBe(400);
  expect(await label.json()).toEqual(nul);

  const history = await chair.get(`/api/documents/${id}/status-history?paragraph=%00`);
  expect(history.status()).toBe(400);
  expect(await history.json()).toEqual(nul);
  const pathNul = await chair.get(`/api/documents/${id}/revisions/%00`);
  expect(pathNul.status()).toBe(400);

  const undecodable = await chair.get(`/api/documents/${id}/revisions/%E0%A4%A`);
  expect(undecodable.status()).toBe(400);
  expect(await undecodable.json()).toEqual({
    error: "invalid",
    message: "The address contains a bad percent-encoding (a % not followed by valid UTF-8 hex codes).",
  });
  const badQuery = await chair.get(`/api/documents/${id}/status-history?paragraph=%E0%A4%A`);
  expect(badQuery.status()).toBe(400);
  await chair.dispose();
});
