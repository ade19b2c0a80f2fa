// Colours for other people's carets. The server stamps each delegation's colour as CSS
// (`hsl(…)`, lib/forum/state-colour.ts); the caret plugins only take `#rrggbb` and turn anything
// else transparent, and a label must stay readable on whatever colour it gets (WCAG AA).

export const LIGHT_TEXT = "#ffffff";
export const DARK_TEXT = "#1a1a1a";
/** Where nothing readable was stamped: still a visible caret. */
export const FALLBACK_COLOUR = "#555555";

type Rgb = [number, number, number];

function hslToRgb(hue: number, saturation: number, lightness: number): Rgb {
  const s = saturation / 100;
  const l = lightness / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)].map((channel) => Math.round(channel * 255)) as Rgb;
}

function parse(colour: string): Rgb | null {
  const text = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join("") : hex[1]!;
    return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as Rgb;
  }
  const hsl = /^hsla?\(\s*(-?[\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/.exec(text);
  if (hsl) {
    const hue = ((Number(hsl[1]) % 360) + 360) % 360;
    return hslToRgb(hue, Math.min(100, Number(hsl[2])), Math.min(100, Number(hsl[3])));
  }
  return null;
}

/** `#rrggbb` for a hex or hsl() colour; null for anything else. */
export function toHexColour(colour: unknown): string | null {
  if (typeof colour !== "string") return null;
  const rgb = parse(colour);
  return rgb ? `#${rgb.map((channel) => channel.toString(16).padStart(2, "0")).join("")}` : null;
}

/** WCAG 2 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [a, b] = [parse(first), parse(second)].map((rgb) => luminance(rgb ?? [0, 0, 0]));
  return (Math.max(a!, b!) + 0.05) / (Math.min(a!, b!) + 0.05);
}

/** White or dark text, whichever reads better on `background` (`#rrggbb`). */
export function labelTextColour(background: string): string {
  return contrastRatio(LIGHT_TEXT, background) >= contrastRatio(DARK_TEXT, background) ? LIGHT_TEXT : DARK_TEXT;
}
