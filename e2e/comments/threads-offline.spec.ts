// The threads panel never claims to be live when it is not: offline, or cut off from the
// thread events, it says so; back online, it is live again (and catches up).
import { expect, test, type Page } from "@playwright/test";
import { openDraftAs } from "../support/draft-page";
import { signInWithApi } from "../support/sign-in";

const DRAFT_TITLE = /Regulations of the CICA Fund/;

const liveness = (page: Page) => page.getByRole("complementary", { name: "Threads" }).locator(".threads-live");

test("offline, the threads panel says so instead of Live, and is live again on return", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT_TITLE);
  await expect(liveness(kz)).toHaveText(/Live$/);

  await kz.context().setOffline(true);
  await expect(kz.getByRole("status")).toHaveText(/^(Reconnecting…|Offline)/, { timeout: 40_000 });
  await expect(liveness(kz)).not.toHaveText(/Live/);
  await expect(liveness(kz)).toHaveText(/Offline/);

  await kz.context().setOffline(false);
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved", { timeout: 30_000 });
  await expect(liveness(kz)).toHaveText(/Live$/, { timeout: 30_000 });
  await kz.context().close();
});

test("cut off from the thread events, the panel says it is offline, and live once they return", async ({ browser }) => {
  const context = await browser.newContext();
  await signInWithApi(context.request, "kz@concord.test");
  // The thread events stream cut off from the start, while the text's own connection works.
  await context.route("**/threads/events", (route) => route.abort("internetdisconnected"));
  const kz = await context.newPage();
  await kz.goto("/");
  await kz.getByRole("link", { name: DRAFT_TITLE }).click();
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  await expect(liveness(kz)).toHaveText(/Offline/);
  await expect(liveness(kz)).not.toHaveText(/Live/);

  await kz.context().unroute("**/threads/events");
  await expect(liveness(kz)).toHaveText(/Live$/, { timeout: 40_000 });
  await kz.context().close();
});
