// One stable colour per Member State, used for carets, chips and bracket labels alike.
// Derived from the code, so every browser and export agrees without a table to keep in sync;
// dark enough for white text (WCAG AA) on every hue.
export function stateColour(code: string): string {
  let hash = 0;
  for (const char of code.toUpperCase()) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  const hue = (hash * 137) % 360; // spread neighbouring codes around the wheel
  return `hsl(${hue} 65% 32%)`;
}
