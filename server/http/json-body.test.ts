import { describe, expect, it } from "vitest";
import { InvalidInputError, TooLargeError, UnsupportedMediaTypeError } from "../../lib/api/errors";
import { jsonBody } from "./json-body";

/** A request whose body arrives in chunks, without a Content-Length, as a chunked upload does. */
function streamed(chunks: string[], contentType: string | null = "application/json"): Request {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks.length) return controller.close();
      controller.enqueue(new TextEncoder().encode(chunks[pulled++]));
    },
  });
  const headers = contentType ? { "content-type": contentType } : undefined;
  return new Request("http://app.test/api/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("jsonBody", () => {
  it("parses JSON declared as JSON", async () => {
    expect(await jsonBody(streamed(['{"body":', '"hi"}']))).toEqual({ body: "hi" });
    expect(await jsonBody(streamed(['{"a":1}'], "application/json; charset=utf-8"))).toEqual({ a: 1 });
  });

  it("stops reading a chunked body at the limit", async () => {
    const chunk = "x".repeat(16 * 1024);
    const request = streamed(['{"body":"', ...Array.from({ length: 320 }, () => chunk), '"}']);
    await expect(jsonBody(request)).rejects.toBeInstanceOf(TooLargeError);
  });

  it("refuses a body not declared as JSON, and bad JSON", async () => {
    await expect(jsonBody(streamed(['{"a":1}'], "text/plain"))).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    await expect(jsonBody(streamed(['{"a":1}'], null))).rejects.toBeInstanceOf(UnsupportedMediaTypeError);
    await expect(jsonBody(streamed(["{nope"]))).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("takes an empty body as the given default when the route allows one", async () => {
    expect(await jsonBody(streamed([], null), { empty: {} })).toEqual({});
    expect(await jsonBody(streamed(["  "]), { empty: {} })).toEqual({});
    await expect(jsonBody(streamed(['{"a":1}'], "text/plain"), { empty: {} })).rejects.toBeInstanceOf(
      UnsupportedMediaTypeError,
    );
  });
});
