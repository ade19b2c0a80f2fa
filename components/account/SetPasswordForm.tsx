"use client";

// The invitation page's form: the person chooses their password, then goes to sign in with it.
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { PASSWORD_MIN } from "@/lib/api/users";
import "@/components/forms.css";
import "./account.css";

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [set, setSet] = useState(false);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (password !== repeat) return setProblem("The two passwords are not the same.");
    if (password.length < PASSWORD_MIN) return setProblem(`A password needs at least ${PASSWORD_MIN} characters.`);
    setBusy(true);
    try {
      const response = await fetch(`/api/invitations/${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ password }),
      });
      if (response.ok) {
        setSet(true);
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { message?: string };
      setProblem(body.message ?? "Something went wrong on the server — try again in a moment.");
    } catch {
      setProblem("Concord could not be reached. Check your connection and try again.");
    }
    setBusy(false);
  }

  if (set) {
    return (
      <div role="status">
        <p>Your password is set. Sign in with {email} and your new password.</p>
        <Link href="/sign-in" className="button">
          Sign in
        </Link>
      </div>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="account-form">
      {problem && (
        <div className="alert" role="alert">
          {problem}
        </div>
      )}
      <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
      <div className="field">
        <label htmlFor="new-password">Password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="form-hint">
          At least {PASSWORD_MIN} characters; a few unrelated words are easy to remember and hard to guess.
        </p>
      </div>
      <div className="field">
        <label htmlFor="repeat-password">Password again</label>
        <input
          id="repeat-password"
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </div>
      <button type="submit" disabled={busy}>
        {busy ? "Setting your password…" : "Set password"}
      </button>
    </form>
  );
}
