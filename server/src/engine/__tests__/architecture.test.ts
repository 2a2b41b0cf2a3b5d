import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE_DIR = join(__dirname, '..');
const sources = readdirSync(ENGINE_DIR).filter((file) => file.endsWith('.ts'));

describe('Given the engine (claims, leases, recovery, the dispatcher)', () => {
  it('then it has modules to check', () => {
    expect(sources.length).toBeGreaterThan(3);
  });

  it.each(sources)('then %s imports no Strapi package and never the global strapi', (file) => {
    const text = readFileSync(join(ENGINE_DIR, file), 'utf8');
    expect(text).not.toMatch(/from ['"]@strapi\//);
    expect(text).not.toMatch(/require\(['"]@strapi\//);
    expect(text).not.toMatch(/\bstrapi\./);
    // It reaches the database through store interfaces only.
    expect(text).not.toMatch(/from ['"](knex|pg|mysql2|better-sqlite3)['"]/);
    expect(text).not.toMatch(/from ['"]\.\.\/(store|services|controllers|routes)\b/);
  });

  it.each(sources)('then %s stays small enough to read in one sitting (< 300 lines)', (file) => {
    expect(readFileSync(join(ENGINE_DIR, file), 'utf8').split('\n').length).toBeLessThan(300);
  });
});
