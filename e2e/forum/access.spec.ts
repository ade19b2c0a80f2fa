// What the secretariat changes about a person takes effect in their open editor at once, without
// a reload: a delegate made an observer can read the text but no longer change it; a deactivated
// person's editor closes within seconds, with a message that says why.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signedInAs } from "../support/api-clients";
import { openDraftAs } from "../support/draft-page";

const DRAFT_TITLE = /Regulations of the CICA Fund/;

async function userId(secretariat: APIRequestContext, email: string): Promise<string> {
  const users = (await (await secretariat.get(`/api/users?q=${encodeURIComponent(email)}`)).json()) as {
    id: string;
    email: string;
  }[];
  const user = users.find((candidate) => candidate.email === email);
  if (!user) throw new Error(`no user ${email}`);
  return user.id;
}

test("a delegate made an observer becomes read-only in the open editor, and back", async ({ browser }) => {
  const secretariat = await signedInAs("secretariat@concord.test");
  const kz2 = await openDraftAs(browser, "kz2@concord.test", DRAFT_TITLE);
  const text = kz2.getByRole("textbox", { name: /Negotiating text/ });
  await expect(text).toHaveAttribute("contenteditable", "true");

  const id = await userId(secretariat, "kz2@concord.test");
  const changed = await secretariat.patch(`/api/users/${id}`, { data: { role: "OBSERVER", memberState: null } });
  expect(changed.status()).toBe(200);
  await expect(text).toHaveAttribute("contenteditable", "false", { timeout: 5000 });
  await expect(kz2.getByText("You can read this draft live, not change it.")).toBeVisible();

  // Back to the delegation: the same open page may change the text again, still without a reload.
  const back = await secretariat.patch(`/api/users/${id}`, { data: { role: "DELEGATE", memberState: "KZ" } });
  expect(back.status()).toBe(200);
  await expect(text).toHaveAttribute("contenteditable", "true", { timeout: 5000 });
  await kz2.context().close();
  await secretariat.dispose();
});

test("a deactivated delegate's open editor closes within seconds, and says why", async ({ browser }) => {
  const secretariat = await signedInAs("secretariat@concord.test");
  const tj = await openDraftAs(browser, "tj@concord.test", DRAFT_TITLE);
  await expect(tj.getByRole("textbox", { name: /Negotiating text/ })).toBeVisible();

  const id = await userId(secretariat, "tj@concord.test");
  const started = Date.now();
  expect((await secretariat.patch(`/api/users/${id}`, { data: { active: false } })).status()).toBe(200);
  await expect(tj.getByText(/Your access to this draft has ended/)).toBeVisible({ timeout: 5000 });
  expect(Date.now() - started).toBeLessThan(4000); // the socket closes within 2 s; the page then renews and says so
  await expect(tj.getByRole("textbox", { name: /Negotiating text/ })).toHaveCount(0);

  await tj.reload();
  await expect(tj).toHaveURL(/\/sign-in/);
  expect((await secretariat.patch(`/api/users/${id}`, { data: { active: true } })).status()).toBe(200);
  await tj.context().close();
  await secretariat.dispose();
});
