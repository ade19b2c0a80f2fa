// Every page carries a Content-Security-Policy with a fresh nonce (only Concord's own scripts
// run), a Permissions-Policy that turns off what Concord never uses, and may not be framed;
// and the pages still work under it, the live text's websocket included.
import { expect, test, type Page } from "@playwright/test";
import { openDraftAs, placeCaretAtEnd } from "../support/draft-page";
import { baseURL } from "../support/api-clients";

/** Collects what the browser reports about the policy: console messages and violation events. */
function watchForViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy|Permissions-Policy/i.test(message.text()))
      violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  return violations;
}

function directives(header: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(" "));
  }
  return map;
}

test("pages carry a nonce-based CSP, a Permissions-Policy and the other protective headers", async ({ page }) => {
  const first = await page.request.get("/sign-in");
  const second = await page.request.get("/sign-in");
  const csp = directives(first.headers()["content-security-policy"]);
  const nonce = /'nonce-([^']+)'/.exec(csp.get("script-src") ?? "")?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!); // fresh per request
  expect(csp.get("script-src")).not.toContain("unsafe-inline");
  expect(csp.get("default-src")).toBe("'self'");
  expect(csp.get("object-src")).toBe("'none'");
  expect(csp.get("frame-ancestors")).toBe("'none'");
  expect(csp.get("base-uri")).toBe("'self'");
  const host = new URL(baseURL).host;
  expect(csp.get("connect-src")).toBe(`'self' ws://${host} wss://${host}`);
  // Next.js put the nonce on its own scripts.
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);

  const headers = first.headers();
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");

  // API answers are data, never a document to run or frame.
  const api = await page.request.get("/api/documents");
  expect(directives(api.headers()["content-security-policy"]).get("default-src")).toBe("'none'");
  expect(directives(api.headers()["content-security-policy"]).get("frame-ancestors")).toBe("'none'");
});

test("signing in, the drafts list and a live draft work under the policy, without a violation", async ({
  page,
  browser,
}) => {
  const violations = watchForViolations(page);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("kz@concord.test");
  await page.getByLabel("Password").fill("concord");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Drafts" })).toBeVisible();
  await page.getByRole("link", { name: /Concept Paper on the Human Dimension/ }).click();
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");

  // A second delegation, so that carets and presence (drawn with inline styles) are on screen.
  const ru = await openDraftAs(browser, "ru@concord.test", /Concept Paper on the Human Dimension/);
  const ruViolations = watchForViolations(ru);
  await placeCaretAtEnd(ru.locator('.draft-text.live p[data-status="open"]').first());
  await ru.keyboard.type(" [under a strict policy]");
  await expect(page.locator(".draft-text.live")).toContainText("[under a strict policy]");
  await expect(page.locator(".collaboration-carets__label").first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status")).toHaveText("Connected · all changes saved");

  expect(violations).toEqual([]);
  expect(ruViolations).toEqual([]);
  await ru.context().close();
});
