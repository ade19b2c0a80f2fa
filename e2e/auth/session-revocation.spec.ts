// Signing out ends the session everywhere it was copied to: a session cookie kept from before
// (a stolen one, or one left in another browser) is refused afterwards, and so is a
// collaboration ticket issued before.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import WebSocket from "ws";
import { baseURL, cookieHeader, draftId, signedInAs } from "../support/api-clients";
import { signInWithForm } from "../support/sign-in";

const SYMBOL = "CICA/SOC/2022/5";

/** A client that only has the cookie, as someone who copied it would. */
function withCookie(cookie: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie } });
}

async function signOutWithApi(context: APIRequestContext): Promise<void> {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect(response.ok()).toBe(true);
}

interface Ticket {
  url: string;
  room: string;
  params: { token: string };
}

/** Connects with the ticket; resolves with the close code, or "open" if still admitted after a while. */
function admission(ticket: Ticket): Promise<number | "open"> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${ticket.url}/${ticket.room}?token=${encodeURIComponent(ticket.params.token)}`);
    let timer: NodeJS.Timeout | undefined;
    socket.on("open", () => {
      timer = setTimeout(() => {
        socket.close();
        resolve("open");
      }, 3000);
    });
    socket.on("close", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    socket.on("error", reject);
  });
}

test("a session cookie captured before sign-out is refused after it", async () => {
  const kz = await signedInAs("kz@concord.test");
  const copied = await withCookie(await cookieHeader(kz));
  expect((await copied.get("/api/documents")).status()).toBe(200);

  await signOutWithApi(kz);

  const after = await copied.get("/api/documents");
  expect(after.status()).toBe(401);
  expect(await after.json()).toEqual({ error: "unauthenticated", message: "Sign in first." });
  expect(await (await copied.get("/api/auth/session")).json()).toEqual({});
  // Signing in again works, with a new cookie.
  const again = await signedInAs("kz@concord.test");
  expect((await again.get("/api/documents")).status()).toBe(200);
  for (const context of [kz, copied, again]) await context.dispose();
});

test("a collaboration ticket issued before sign-out is refused by the collaboration server", async () => {
  const ru = await signedInAs("ru@concord.test");
  const id = await draftId(ru, SYMBOL);
  const ticket = async () => {
    const response = await ru.post(`/api/documents/${id}/collab-token`);
    expect(response.status()).toBe(200);
    return (await response.json()) as Ticket;
  };
  const fresh = await ticket();
  expect(await admission(fresh)).toBe("open");
  const kept = await ticket();

  await signOutWithApi(ru);

  expect(await admission(kept)).toBe(4401);
  await ru.dispose();
});

test("“Sign out everywhere” ends the user's sessions in every other browser too", async ({ page }) => {
  const elsewhere = await signedInAs("tj@concord.test");
  const other = await signedInAs("kz@concord.test"); // someone else stays signed in
  await signInWithForm(page, "tj@concord.test");
  await page.getByRole("banner").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  expect((await elsewhere.get("/api/documents")).status()).toBe(401);
  expect((await other.get("/api/documents")).status()).toBe(200);
  const direct = await elsewhere.post("/api/auth-sessions/revoke");
  expect(direct.status()).toBe(401);
  for (const context of [elsewhere, other]) await context.dispose();
});
