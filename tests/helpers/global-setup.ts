import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** What the built plugin is made of: a change to any of these makes `dist` stale. */
const SOURCES = ['server/src', 'admin/src', 'package.json', 'strapi-server.js', 'strapi-admin.js'];
/** The file the playground loads. */
const BUILT = join('dist', 'server', 'index.js');

const newestChange = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
};

/** True when the built plugin is missing or older than one of its sources. */
export const isStale = (root = ROOT): boolean => {
  if (!existsSync(join(root, BUILT))) return true;
  const built = statSync(join(root, BUILT)).mtimeMs;
  return SOURCES.some((source) => existsSync(join(root, source)) && newestChange(join(root, source)) > built);
};

/**
 * The playground loads the built plugin: an edited source is built first, so that the
 * integration tests never run yesterday's code.
 */
export default async function globalSetup() {
  if (!isStale()) return;
  process.stdout.write('\nThe plugin is not built or older than its sources: building it (npm run build)…\n');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
