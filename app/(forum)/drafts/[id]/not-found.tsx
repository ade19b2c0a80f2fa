import Link from "next/link";

export default function DraftNotFound() {
  return (
    <main className="page">
      <h1>There is no draft here</h1>
      <p>The link may be mistyped, or the draft may have been withdrawn by the secretariat.</p>
      <p>
        <Link href="/">Back to the drafts</Link>
      </p>
    </main>
  );
}
