// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { parseEnv } from "../config/env";
import { openDatabase } from "../runtime/open-database";

const database = await openDatabase(parseEnv(), (line) => console.log(`[concord] ${line}`));
await database.close();
console.log("[concord] The database schema is current.");
