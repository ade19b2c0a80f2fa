import type { Metadata } from "next";
import Link from "next/link";
import { AddPersonForm } from "@/components/forum/people/AddPersonForm";
import { ImportPeopleForm } from "@/components/forum/people/ImportPeopleForm";
import { PeopleFilters } from "@/components/forum/people/PeopleFilters";
import { PeopleTable } from "@/components/forum/people/PeopleTable";
import { peopleQuery } from "@/lib/api/users";
import { can } from "@/lib/policy/can";
import { requirePageUser } from "@/server/auth/current-user";
import { db } from "@/server/db/client";
import { listMemberStates } from "@/server/users/list-member-states";
import { listPeople } from "@/server/users/list-people";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const user = await requirePageUser();
  if (!can(user, "read-people")) {
    return (
      <main className="page people-page">
        <h1>People</h1>
        <p className="notice">
          The forum&apos;s accounts are kept by the secretariat. <Link href="/">Back to the drafts</Link>
        </p>
      </main>
    );
  }
  const raw = await searchParams;
  const parsed = peopleQuery.safeParse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const query = parsed.success ? parsed.data : {};
  const [people, states] = await Promise.all([listPeople(db(), user, query), listMemberStates(db())]);
  const manage = can(user, "manage-people");
  return (
    <main className="page people-page">
      <p className="breadcrumbs">
        <Link href="/">Drafts</Link>
      </p>
      <h1>People</h1>
      {!manage && <p className="notice">You can read this list; the secretariat manages the accounts.</p>}
      <PeopleFilters query={query} states={states} />
      <PeopleTable people={people} states={states} manage={manage} viewerId={user.id} />
      {manage && (
        <div className="people-sections">
          <AddPersonForm states={states} />
          <ImportPeopleForm />
        </div>
      )}
    </main>
  );
}
