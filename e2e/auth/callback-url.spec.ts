// After signing in, Concord sends the browser back where it was going: only ever to a page of
// Concord itself, however the link was crafted.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { baseURL } from "../support/api-clients";

let phish: http.Server;
let phishPort: number;
test.beforeAll(async () => {
  phish = http.createServer((_request, response) =>
    response.writeHead(200, { "content-type": "text/html" }).end("<title>phished</title>"),
  );
  await new Promise<void>((resolve) => phish.listen(0, "127.0.0.1", resolve));
  phishPort = (phish.address() as AddressInfo).port;
});
test.afterAll(() => phish.close());

const crafted = () => [
  `/%5C127.0.0.1:${phishPort}/phish`,
  `//127.0.0.1:${phishPort}/phish`,
  `/%09/127.0.0.1:${phishPort}/phish`,
  `http://127.0.0.1:${phishPort}/phish`,
  `/%255C127.0.0.1:${phishPort}/phish`,
];

test("a crafted callbackUrl never sends the browser off-site after sign-in", async ({ page }) => {
  for (const [index, target] of crafted().entries()) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?callbackUrl=${target}`);
    await page.getByLabel("Email").fill(index % 2 ? "kz@concord.test" : "ru@concord.test");
    await page.getByLabel("Password").fill("concord");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Drafts" })).toBeVisible();
    expect(new URL(page.url()).origin, `callbackUrl=${target}`).toBe(baseURL);
    expect(await page.title()).not.toBe("phished");
  }
});

test("a signed-in visitor of a crafted sign-in link stays in Concord", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("cn@concord.test");
  await page.getByLabel("Password").fill("concord");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Drafts" })).toBeVisible();
  await page.goto(`/sign-in?callbackUrl=/%5C127.0.0.1:${phishPort}/phish`);
  await expect(page.getByRole("heading", { name: "Drafts" })).toBeVisible();
  expect(new URL(page.url()).origin).toBe(baseURL);
});

test("next-auth's own redirect after sign-in stays on Concord's origin", async () => {
  const context = await playwrightRequest.newContext({ baseURL });
  for (const target of [...crafted().map(decodeURIComponent), "/\\evil.example/x", "https://evil.example/"]) {
    await context.clearCookies();
    const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await context.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "tr@concord.test", password: "concord", callbackUrl: target, json: "true" },
    });
    const { url } = (await response.json()) as { url: string };
    expect(url, `callbackUrl=${target}`).toBe(`${baseURL}/`);
  }
  // A real path inside Concord is kept.
  await context.clearCookies();
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const kept = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "tr@concord.test", password: "concord", callbackUrl: "/drafts/x?y=1", json: "true" },
  });
  expect(((await kept.json()) as { url: string }).url).toBe(`${baseURL}/drafts/x?y=1`);
  await context.dispose();
});
