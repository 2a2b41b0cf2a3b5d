/**
 * The integration tests run the built plugin: an edited source must be built before they run
 * (issue 9, item 17). Checked on a small tree of its own, not on the repository's `dist`.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isStale } from '../helpers/global-setup';

let root: string;

const file = (path: string, secondsAgo: number) => {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, '');
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(full, when, when);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mc-build-freshness-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('Given the integration suite about to run the built plugin', () => {
  it('When nothing is built, Then it builds', () => {
    file('server/src/index.ts', 60);
    expect(isStale(root)).toBe(true);
  });

  it('When the build is newer than every source, Then it runs the build as is', () => {
    file('server/src/services/lists.ts', 60);
    file('admin/src/index.ts', 60);
    file('dist/server/index.js', 10);
    expect(isStale(root)).toBe(false);
  });

  it('When a server source, deep in a folder, was edited after the build, Then it builds', () => {
    file('dist/server/index.js', 30);
    file('server/src/services/import/runner.ts', 5);
    expect(isStale(root)).toBe(true);
  });

  it('When an admin source or package.json was edited after the build, Then it builds', () => {
    file('dist/server/index.js', 30);
    file('admin/src/pages/ListsPage.tsx', 5);
    expect(isStale(root)).toBe(true);
    file('admin/src/pages/ListsPage.tsx', 60);
    file('package.json', 5);
    expect(isStale(root)).toBe(true);
  });
});
