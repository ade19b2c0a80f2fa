import { distributionBody } from "@/lib/api/export";
import { documentParams } from "@/lib/api/parse";
import { db } from "@/server/db/client";
import { getDocument } from "@/server/documents/get-document";
import { distributionOf, setDistribution } from "@/server/export/distribution";
import { route } from "@/server/http/route";

/** The draft's distribution as its exports' cover prints it: { distribution: "Limited" }. */
export const GET = route({ params: documentParams }, async ({ user, params }) => {
  const { id } = await getDocument(db(), user, params.id);
  return { distribution: await distributionOf(db(), id) };
});

/** { distribution: "General" | "Limited" | "Restricted" } — chair and secretariat (who export). */
export const PUT = route(
  { action: "export", params: documentParams, body: distributionBody },
  async ({ user, params, body }) => ({
    distribution: await setDistribution(db(), user, params.id, body.distribution),
  }),
);
