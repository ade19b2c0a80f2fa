// Far down a long draft, the status line ("Connected · all changes saved") and who is present
// stay in view: a delegate always knows whether their words have reached the server.
import { expect, test } from "@playwright/test";
import { openDraftAs } from "../support/draft-page";

const DRAFT_TITLE = /Concept Paper on the Human Dimension/;

test("the status line and the presence bar stay in view while the draft scrolls", async ({ browser }) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT_TITLE);
  await kz.setViewportSize({ width: 1366, height: 600 });
  await expect(kz.getByRole("list", { name: "In this draft" }).getByText("KZ", { exact: true })).toBeVisible();

  // Down to the last paragraph, as the mouse wheel would take a reader.
  await kz.locator(".draft-text.live > *").last().scrollIntoViewIfNeeded();
  await kz.mouse.move(400, 400);
  await kz.mouse.wheel(0, 20_000);
  await expect.poll(() => kz.evaluate(() => window.scrollY)).toBeGreaterThan(300);

  const viewport = kz.viewportSize()!;
  for (const part of [kz.getByRole("status"), kz.getByRole("list", { name: "In this draft" })]) {
    const box = (await part.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // In view and on top: nothing the text scrolls under covers it.
    const onTop = await part.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
      return Boolean(hit && (element.contains(hit) || hit.contains(element)));
    });
    expect(onTop).toBe(true);
  }
  await expect(kz.getByRole("status")).toHaveText("Connected · all changes saved");
  await kz.context().close();
});
