"use client";

// A person changes their own password. The server ends every session of theirs (a password that
// may have leaked should not leave a browser signed in elsewhere); this browser then signs in
// again with the new password, so the person carries on where they are.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { PASSWORD_MIN } from "@/lib/api/users";
import "@/components/forms.css";
import "./account.css";

async function post(current: string, password: string): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch("/api/account/password", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ current, password }),
    });
  } catch {
    return "Concord could not be reached. Check your connection and try again.";
  }
  if (response.ok) return null;
  if (response.status === 401) return "Your session expired — sign in again, then change your password.";
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  return body.message ?? "Something went wrong on the server — try again in a moment.";
}

export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setDone(false);
    if (password !== repeat) return setProblem("The two new passwords are not the same.");
    if (password.length < PASSWORD_MIN) return setProblem(`A password needs at least ${PASSWORD_MIN} characters.`);
    setBusy(true);
    const refused = await post(current, password);
    if (refused) {
      setProblem(refused);
      setBusy(false);
      return;
    }
    const again = await signIn("credentials", { email, password, redirect: false }).catch(() => null);
    if (!again?.ok || again.error) {
      router.push("/sign-in?callbackUrl=%2Faccount"); // signed out by the change: sign in again
      return;
    }
    setCurrent("");
    setPassword("");
    setRepeat("");
    setDone(true);
    setBusy(false);
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="account-form" aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change your password</h2>
      {problem && (
        <div className="alert" role="alert">
          {problem}
        </div>
      )}
      {done && (
        <p className="notice" role="status">
          Your password was changed. Every other browser where you were signed in has been signed out.
        </p>
      )}
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-describedby="new-password-hint"
        />
        <p id="new-password-hint" className="form-hint">
          At least {PASSWORD_MIN} characters; a few unrelated words are easy to remember and hard to guess.
        </p>
      </div>
      <div className="field">
        <label htmlFor="repeat-password">New password again</label>
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
        {busy ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
