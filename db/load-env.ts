// Scripts run outside Next read the same .env files as the app (.env.local first), so that
// `npm run db:reset` rebuilds the database the app uses. Variables already set win.
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd());
