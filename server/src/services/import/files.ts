import { createReadStream, promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { CSV_SAMPLE_BYTES } from '../../core';
import { PLUGIN_ID } from '../../permissions';

/**
 * Uploaded files wait here between the upload and the end of their import, under a random name
 * the client never sees, readable by Strapi's user only. A file and its rejected-rows companion
 * are removed with their job, by an instance that holds them: several instances need this folder
 * shared (`imports.directory`), else each keeps its own uploads.
 */
export const importDirectory = (strapi: Core.Strapi): string =>
  (strapi.plugin(PLUGIN_ID).config('imports') as { directory?: string } | undefined)?.directory ??
  join(tmpdir(), 'strapi-mobile-campaigns-imports');

export const storedPath = (strapi: Core.Strapi, name: string) => join(importDirectory(strapi), name);

export const rejectedPath = (strapi: Core.Strapi, name: string) => storedPath(strapi, `${name}${REJECTED_SUFFIX}`);

const REJECTED_SUFFIX = '.rejected.csv';
const PRIVATE_FOLDER = 0o700;
export const PRIVATE_FILE = 0o600;

/** The import folder, created private; an existing one is made private too (it holds personal data). */
const ensureDirectory = async (strapi: Core.Strapi): Promise<string> => {
  const directory = importDirectory(strapi);
  await fs.mkdir(directory, { recursive: true, mode: PRIVATE_FOLDER });
  await fs.chmod(directory, PRIVATE_FOLDER);
  return directory;
};

const newName = () => `${Date.now().toString(36)}-${randomBytes(12).toString('hex')}`;

/** Moves an upload (formidable's temporary file) into the import directory; returns its stored name. */
export async function keepUpload(strapi: Core.Strapi, temporaryPath: string): Promise<string> {
  await ensureDirectory(strapi);
  const name = newName();
  const target = storedPath(strapi, name);
  try {
    await fs.rename(temporaryPath, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // The OS temp dir is on another device: copy, then let the body middleware remove the original.
    await fs.copyFile(temporaryPath, target);
  }
  await fs.chmod(target, PRIVATE_FILE);
  return name;
}

/** Stores pasted text as a UTF-8 file, so that pasted values take the same path as files. */
export async function keepText(strapi: Core.Strapi, text: string): Promise<{ name: string; size: number }> {
  await ensureDirectory(strapi);
  const name = newName();
  const bytes = Buffer.from(text, 'utf8');
  await fs.writeFile(storedPath(strapi, name), bytes, { mode: PRIVATE_FILE });
  return { name, size: bytes.length };
}

/** The first bytes of a stored file, for `detectCsvFormat`. */
export async function readSample(strapi: Core.Strapi, name: string): Promise<Uint8Array> {
  const handle = await fs.open(storedPath(strapi, name), 'r');
  try {
    const buffer = Buffer.alloc(CSV_SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, CSV_SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export const fileExists = async (strapi: Core.Strapi, name: string): Promise<boolean> =>
  fs.access(storedPath(strapi, name)).then(
    () => true,
    () => false
  );

export const openRejected = (strapi: Core.Strapi, name: string): Readable =>
  createReadStream(rejectedPath(strapi, name));

/** Removes a stored file and its companion; a file already gone is not an error. */
export async function removeStored(strapi: Core.Strapi, name: string | null | undefined): Promise<void> {
  if (!name) return;
  await Promise.all([
    fs.rm(storedPath(strapi, name), { force: true }),
    fs.rm(rejectedPath(strapi, name), { force: true }),
  ]);
}

/** Removes the uploaded file only: its rejected rows stay downloadable until the clean-up. */
export async function removeUpload(strapi: Core.Strapi, name: string | null | undefined): Promise<void> {
  if (name) await fs.rm(storedPath(strapi, name), { force: true });
}

/**
 * Files of the import folder that no job refers to (a crash between an upload and its job, a job
 * deleted by hand), older than `olderThan`: an upload being stored right now is left alone.
 */
export async function strayFiles(
  strapi: Core.Strapi,
  referenced: ReadonlySet<string>,
  olderThan: Date
): Promise<string[]> {
  const entries = await fs.readdir(importDirectory(strapi), { withFileTypes: true }).catch(() => []);
  const stray: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const owner = entry.name.endsWith(REJECTED_SUFFIX) ? entry.name.slice(0, -REJECTED_SUFFIX.length) : entry.name;
    if (referenced.has(owner)) continue;
    const stat = await fs.stat(storedPath(strapi, entry.name)).catch(() => null);
    if (stat && stat.mtime < olderThan) stray.push(entry.name);
  }
  return stray;
}

export const removeFile = (strapi: Core.Strapi, name: string) => fs.rm(storedPath(strapi, name), { force: true });
