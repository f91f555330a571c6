// `prisma generate` insists on finding the native schema-engine binary, which it would download
// from a host this project cannot rely on. Generation never runs that binary, so we point the CLI
// at a stub. A machine that has the real engine can still set PRISMA_SCHEMA_ENGINE_BINARY itself.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "scripts/schema-engine-stub.sh"),
};
const prisma = path.join(root, "node_modules/.bin/prisma");
const result = spawnSync(prisma, ["generate"], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
