/**
 * The `./core` export: pure rules shared by the admin counter, the server validation and the
 * dispatcher. No Strapi import, no I/O. DESIGN.md "The `./core` export" is a public contract.
 */
export * from './types';
export * from './lifecycle';
export * from './status';
export * from './receipts';
export * from './gsm';
export * from './replacements';
export * from './emoji';
export * from './analyze';
export * from './phone';
export * from './sender';
export * from './personalise';
export * from './counter';
export * from './holidays';
export * from './sending-window';
export * from './costs';
export * from './audience';
export * from './stop';
export * from './retention';
export * from './csv';
export * from './attribute-values';
export * from './search-text';
export * from './destinations';
export * from './short-links';
export * from './link-pages';
export * from './report-csv';
