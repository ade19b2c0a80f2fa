// `npm run db:seed`: seeds (or tops up) the demo forum in the configured database.
import { parseEnv } from "../config/env";
import { createDatabase } from "../db/client";
import { openDatabase } from "../runtime/open-database";
import { seedDemoForum } from "./seed-demo-forum";

const log = (line: string) => console.log(`[concord] ${line}`);
const env = parseEnv();
if (env.NODE_ENV === "production" && !env.SEED_DEMO) {
  console.error("Refusing to seed demo accounts in production. Set SEED_DEMO=1 if you really mean it.");
  process.exit(2);
}
const database = await openDatabase(env, log);
const prisma = createDatabase(database.url);
try {
  const result = await seedDemoForum(prisma);
  log(
    `Demo forum: ${result.memberStates} Member States, ${result.accounts} accounts, ${result.draftsCreated} new drafts.`,
  );
} finally {
  await prisma.$disconnect();
  await database.close();
}
