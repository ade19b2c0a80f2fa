// Other people's carets in the text: a line in their delegation's colour and a label with the
// Member State and the person, in white or dark text, whichever reads on that colour.
//
// TipTap's CollaborationCaret hands its render function only `#rrggbb` colours and makes every
// other colour transparent; the server stamps `hsl(…)` (server/collab/awareness-identity.ts). So
// the caret plugin is built here, from the awareness state as the server stamped it; the rest of
// CollaborationCaret (publishing our own user, its storage) is kept.
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { defaultSelectionBuilder, yCursorPlugin, yCursorPluginKey } from "@tiptap/y-tiptap";
import type { Plugin } from "@tiptap/pm/state";
import { FALLBACK_COLOUR, labelTextColour, toHexColour } from "./caret-colours";

interface CaretUser {
  name?: unknown;
  state?: unknown;
  color?: unknown;
}

/** "RU · Delegate of Russia"; the chair and the secretariat by name alone. */
export function caretLabelText(user: CaretUser): string {
  const name = typeof user.name === "string" ? user.name : "";
  return typeof user.state === "string" && user.state ? `${user.state} · ${name}` : name;
}

export function renderRemoteCaret(user: CaretUser): HTMLElement {
  const colour = toHexColour(user.color) ?? FALLBACK_COLOUR;
  const caret = document.createElement("span");
  caret.classList.add("collaboration-carets__caret");
  caret.style.borderColor = colour;
  const label = document.createElement("span");
  label.classList.add("collaboration-carets__label");
  label.style.backgroundColor = colour;
  label.style.color = labelTextColour(colour);
  label.textContent = caretLabelText(user);
  caret.append(label);
  return caret;
}

export const RemoteCarets = CollaborationCaret.extend({
  addProseMirrorPlugins() {
    const inherited = (this.parent?.() ?? []).filter((plugin: Plugin) => plugin.spec.key !== yCursorPluginKey);
    return [
      ...inherited,
      yCursorPlugin(this.options.provider.awareness, {
        cursorBuilder: (user: CaretUser) => renderRemoteCaret(user),
        selectionBuilder: (user: CaretUser) =>
          defaultSelectionBuilder({ ...user, color: toHexColour(user.color) ?? FALLBACK_COLOUR }),
      }),
    ];
  },
});
