// Signed-in API clients for tests that speak HTTP to the app the way scripts and attackers do:
// Playwright request contexts, and the raw session cookie for requests built by hand.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { signInWithApi } from "./sign-in";

export const baseURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export async function signedInAs(email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  await signInWithApi(context, email);
  return context;
}

/** The Cookie header the context's browser would send to the app. */
export async function cookieHeader(context: APIRequestContext): Promise<string> {
  const { cookies } = await context.storageState();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** The id of the demo draft with this symbol, as the user of `context` lists it. */
export async function draftId(context: APIRequestContext, symbol: string): Promise<string> {
  const drafts = (await (await context.get("/api/documents")).json()) as { id: string; symbol: string }[];
  const draft = drafts.find((candidate) => candidate.symbol.startsWith(symbol));
  if (!draft) throw new Error(`no draft ${symbol}`);
  return draft.id;
}
