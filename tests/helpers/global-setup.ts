import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The playground loads the built plugin: fail early with the fix rather than with a Strapi stack. */
export default async function globalSetup() {
  const built = join(__dirname, '..', '..', 'dist', 'server', 'index.js');
  if (!existsSync(built)) {
    throw new Error('The plugin is not built: run `npm run build` first (`npm test` does it for you).');
  }
}
