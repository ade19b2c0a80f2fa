"use client";

// The draft's live text: the shared editor, the presence bar and the status line. Observers get
// the same live text, read-only (and the server refuses their changes anyway).
import { delegationOf } from "@/lib/auth/delegation";
import type { Role } from "@/lib/auth/session-user";
import { can } from "@/lib/policy/can";
import Collaboration from "@tiptap/extension-collaboration";
import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { draftExtensions } from "@/lib/editor/extensions";
import { stateColour } from "@/lib/forum/state-colour";
import { KnownRules } from "@/lib/editor/known-rules-extension";
import { ParagraphIds } from "@/lib/editor/paragraph-ids-extension";
import { ParagraphNumbers } from "@/lib/editor/paragraph-numbers-extension";
import { numberingBaseSource } from "@/lib/collab/numbering-base-source";
import { ThreadHighlights } from "@/lib/editor/thread-highlights-extension";
import { BracketHolds } from "@/lib/editor/bracket-holds-extension";
import { ParagraphTarget } from "@/lib/editor/paragraph-target-extension";
import { StatusMarks } from "@/lib/editor/status-marks-extension";
import { PreambleOpening } from "@/lib/editor/preamble-opening-extension";
import { RemoteCarets } from "@/lib/editor/remote-carets-extension";
import { ParagraphHistoryLink } from "../revisions/ParagraphHistoryLink";
import { CommentButton } from "../threads/CommentButton";
import { ThreadsPanel } from "../threads/ThreadsPanel";
import { BracketTools } from "./BracketTools";
import type { AlternativeOpener } from "./ProposeAlternative";
import { RefusalNotice, useRefusals } from "./RefusalNotice";
import { StatusTools } from "./StatusTools";
import { PresenceBar } from "./PresenceBar";
import { ScrollToParagraph } from "./ScrollToParagraph";
import { ParagraphMenu } from "./ParagraphMenu";
import { RenumberButton } from "./RenumberButton";
import { SyncStatus } from "./SyncStatus";
import { useCollabSession, type CollabSession, type Connection } from "./use-collab-session";
import "./live-draft.css";
import "./editor-text.css";
import "./editor-marks.css";

export interface Viewer {
  name: string;
  role: Role;
  state: string | null;
  /** The Member State's name, for delegates ("Kazakhstan"). */
  stateName?: string | null;
}

/** Who sees an internal thread, in the viewer's words. */
export function internalLabel(viewer: Viewer): string {
  const delegation = delegationOf({ role: viewer.role, memberStateCode: viewer.state });
  if (delegation === "CHAIR") return "Internal to the chair";
  if (delegation === "SECRETARIAT") return "Internal to the secretariat";
  return `Internal to ${viewer.stateName ?? viewer.state ?? "our delegation"}`;
}

/** The text on the left, the threads panel on the right. */
function Workspace({
  documentId,
  session,
  canEdit,
  canComment,
  viewer,
  synced,
  connection,
}: {
  documentId: string;
  synced: boolean;
  connection: Connection;
  session: CollabSession;
  canEdit: boolean;
  canComment: boolean;
  viewer: Viewer;
}) {
  const refusals = useRefusals(session.provider);
  const alternative = useRef<AlternativeOpener>(null);
  const editor = useEditor(
    {
      immediatelyRender: false,
      editable: canEdit,
      extensions: [
        ...draftExtensions(),
        ParagraphIds,
        // The server holds the same line (server/collab/rules/); this spares people
        // edits that would be undone, and says why where they typed.
        KnownRules.configure({ role: viewer.role, memberState: viewer.state, onRefused: refusals.say }),
        // Numbers against the base in the shared document, live when it is renumbered.
        ParagraphNumbers.configure({ source: numberingBaseSource(session.doc), menu: true }),
        ThreadHighlights,
        BracketHolds,
        ParagraphTarget,
        // "Agreed", "Ad ref — RU, CN by 12 Dec 2026", "Bracketed" on every paragraph, for everyone.
        StatusMarks,
        PreambleOpening,
        Collaboration.configure({ document: session.doc, field: session.ticket.field }),
        // Others see the name and colour the server stamps from the session; this is for ourselves.
        RemoteCarets.configure({
          provider: session.provider,
          user: {
            name: viewer.name,
            role: viewer.role,
            state: viewer.state,
            color: stateColour(viewer.state ?? viewer.role),
          },
        }),
      ],
      editorProps: {
        attributes: {
          class: "draft-text live",
          "aria-label": canEdit ? "Negotiating text (editable)" : "Negotiating text (read-only)",
          role: "textbox",
          "aria-multiline": "true",
        },
      },
    },
    [session],
  );
  // What this person may do can change while the draft is open (access-watch.ts on the server).
  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isEditable === canEdit) return;
    editor.setEditable(canEdit);
    editor.view.dom.setAttribute(
      "aria-label",
      canEdit ? "Negotiating text (editable)" : "Negotiating text (read-only)",
    );
  }, [editor, canEdit]);
  return (
    <div className="draft-workspace">
      <div className="draft-column">
        {canComment && <CommentButton editor={editor} />}
        {canEdit && <BracketTools editor={editor} role={viewer.role} state={viewer.state} alternative={alternative} />}
        {canEdit && can(viewer, "set-status") && <StatusTools editor={editor} />}
        <RefusalNotice
          refusal={refusals.refusal}
          onDismiss={refusals.dismiss}
          editor={editor}
          canComment={canComment}
          onProposeAlternative={() => alternative.current?.open()}
        />
        <ParagraphHistoryLink editor={editor} documentId={documentId} />
        <ScrollToParagraph editor={editor} synced={synced} />
        <ParagraphMenu editor={editor} documentId={documentId} canSetStatus={canEdit && can(viewer, "set-status")} />
        <EditorContent editor={editor} />
      </div>
      <ThreadsPanel
        documentId={documentId}
        editor={editor}
        synced={synced}
        textOnline={connection !== "offline"}
        canComment={canComment}
        internalLabel={internalLabel(viewer)}
      />
    </div>
  );
}

export function LiveDraft({
  documentId,
  canEdit,
  canComment = false,
  canRenumber = false,
  viewer,
}: {
  documentId: string;
  canEdit: boolean;
  /** May open threads and reply (the server decides the same; observers only read). */
  canComment?: boolean;
  /** The chair and the secretariat renumber (the collaboration server refuses anyone else). */
  canRenumber?: boolean;
  viewer: Viewer;
}) {
  const state = useCollabSession(documentId);
  const { session, unsaved } = state;
  // The latest ticket is the server's word on what this person may do now (a role changed, the
  // draft closed or reopened while it was open); the page's answer stands until the first one.
  const mayEdit = state.canEdit ?? canEdit;
  const section = useRef<HTMLElement>(null);
  const bar = useRef<HTMLDivElement>(null);

  // The bar stays at the top while the text scrolls; the tool rows and the threads panel stick
  // below it, however tall it grows (a problem line, many delegations).
  useEffect(() => {
    const [outer, inner] = [section.current, bar.current];
    if (!outer || !inner) return;
    const observer = new ResizeObserver(() =>
      outer.style.setProperty("--live-bar-height", `${inner.getBoundingClientRect().height}px`),
    );
    observer.observe(inner);
    return () => observer.disconnect();
  }, []);

  // Closing the tab with changes the server has not confirmed asks first.
  useEffect(() => {
    if (unsaved === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  return (
    <section ref={section} className="live-draft" aria-busy={!state.synced}>
      <div ref={bar} className="live-bar">
        {session ? <PresenceBar provider={session.provider} /> : <span />}
        {session && canRenumber && state.synced && <RenumberButton documentId={documentId} doc={session.doc} />}
        <SyncStatus state={state} />
      </div>
      {!mayEdit && state.connection !== "ended" && (
        <p className="notice">
          {viewer.role === "OBSERVER"
            ? "You are following this draft as an observer: you can read it live, not change it."
            : "You can read this draft live, not change it."}
        </p>
      )}
      {state.connection === "ended" ? (
        <p className="notice" role="alert">
          Your access to this draft has ended: the secretariat changed your account, or your session was closed.{" "}
          <a href="/sign-in">Sign in again</a> if you still have an account.
        </p>
      ) : session ? (
        <Workspace
          documentId={documentId}
          session={session}
          canEdit={mayEdit}
          canComment={canComment}
          viewer={viewer}
          synced={state.synced}
          connection={state.connection}
        />
      ) : (
        <div className="draft-text loading">Opening the draft…</div>
      )}
    </section>
  );
}
