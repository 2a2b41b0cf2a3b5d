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
 * the client never sees. A file and its rejected-rows companion are removed with their job.
 */
export const importDirectory = (strapi: Core.Strapi): string =>
  (strapi.plugin(PLUGIN_ID).config('imports') as { directory?: string } | undefined)?.directory ??
  join(tmpdir(), 'strapi-mobile-campaigns-imports');

export const storedPath = (strapi: Core.Strapi, name: string) => join(importDirectory(strapi), name);

export const rejectedPath = (strapi: Core.Strapi, name: string) => storedPath(strapi, `${name}.rejected.csv`);

const newName = () => `${Date.now().toString(36)}-${randomBytes(12).toString('hex')}`;

/** Moves an upload (formidable's temporary file) into the import directory; returns its stored name. */
export async function keepUpload(strapi: Core.Strapi, temporaryPath: string): Promise<string> {
  await fs.mkdir(importDirectory(strapi), { recursive: true });
  const name = newName();
  try {
    await fs.rename(temporaryPath, storedPath(strapi, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    // The OS temp dir is on another device: copy, then let the body middleware remove the original.
    await fs.copyFile(temporaryPath, storedPath(strapi, name));
  }
  return name;
}

/** Stores pasted text as a UTF-8 file, so that pasted values take the same path as files. */
export async function keepText(strapi: Core.Strapi, text: string): Promise<{ name: string; size: number }> {
  await fs.mkdir(importDirectory(strapi), { recursive: true });
  const name = newName();
  const bytes = Buffer.from(text, 'utf8');
  await fs.writeFile(storedPath(strapi, name), bytes);
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
