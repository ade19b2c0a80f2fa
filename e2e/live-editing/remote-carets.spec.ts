// Other delegations' carets, as a delegate sees them: a line in the delegation's colour and a
// label naming the person and the Member State, readable against that colour (WCAG AA).
import { expect, test, type Page } from "@playwright/test";
import { stateColour } from "../../lib/forum/state-colour";
import { openDraftAs, placeCaretAtEnd } from "../support/draft-page";

const DRAFT_TITLE = /Concept Paper on the Human Dimension/;

type Rgba = [number, number, number, number];

function parseRgb(css: string): Rgba {
  const parts = css.match(/[\d.]+/g)?.map(Number) ?? [];
  if (parts.length < 3) throw new Error(`not an rgb() colour: ${css}`);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG 2 relative luminance of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** A translucent colour as it shows over the white paper of the text. */
function overPaper([r, g, b, a]: Rgba): Rgba {
  return [r * a + 255 * (1 - a), g * a + 255 * (1 - a), b * a + 255 * (1 - a), 1];
}

function contrast(text: Rgba, background: Rgba): number {
  const [light, dark] = [luminance(overPaper(text)), luminance(overPaper(background))].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** What the browser computes for a CSS colour, as rgb(). */
const computed = (page: Page, colour: string) =>
  page.evaluate((value) => {
    const probe = document.createElement("span");
    probe.style.color = value;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color;
    probe.remove();
    return rgb;
  }, colour);

test("another delegation's caret shows in its colour, with a readable label naming its delegate", async ({
  browser,
}) => {
  const kz = await openDraftAs(browser, "kz@concord.test", DRAFT_TITLE);
  const ru = await openDraftAs(browser, "ru@concord.test", DRAFT_TITLE);
  await placeCaretAtEnd(ru.locator('.draft-text.live p[data-status="open"]').first());

  const caret = kz.locator(".collaboration-carets__caret", { hasText: "Delegate of Russia" });
  await expect(caret).toBeVisible();
  const russia = await computed(kz, stateColour("RU"));

  const line = await caret.evaluate((element) => getComputedStyle(element).borderLeftColor);
  expect(parseRgb(line)[3], "the caret's line is not transparent").toBe(1);
  expect(line).toBe(russia);

  const label = caret.locator(".collaboration-carets__label");
  await expect(label).toBeVisible();
  await expect(label).toContainText("Delegate of Russia");
  await expect(label).toContainText("RU");
  const { color, background } = await label.evaluate((element) => {
    const style = getComputedStyle(element);
    return { color: style.color, background: style.backgroundColor };
  });
  expect(background).toBe(russia);
  expect(contrast(parseRgb(color), parseRgb(background))).toBeGreaterThanOrEqual(4.5);

  await kz.context().close();
  await ru.context().close();
});
