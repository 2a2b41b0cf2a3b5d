import type { Core } from '@strapi/strapi';

/**
 * Small dialect helpers for what the Query Engine cannot express. Kept here so that services
 * never branch on the database themselves.
 */
export const tableOf = (strapi: Core.Strapi, uid: string): string =>
  strapi.db.metadata.get(uid as Parameters<typeof strapi.db.metadata.get>[0]).tableName;

/** `%term%`; a user's own `%` or `_` only widens their search, which is harmless. */
export const likePattern = (term: string): string => `%${term}%`;

/** Rows per INSERT that every dialect accepts (SQLite caps bound variables). */
export const insertChunkSize = (strapi: Core.Strapi, columns: number): number =>
  strapi.db.dialect.client === 'sqlite' ? Math.max(1, Math.floor(32_000 / columns)) : 1000;
