import type { ReactNode } from "react";
import { AppHeader } from "@/components/AppHeader";
import { requirePageUser } from "@/server/auth/current-user";

export default async function ForumLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <>
      <AppHeader user={user} />
      {children}
    </>
  );
}
