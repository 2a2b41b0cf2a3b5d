/**
 * The CSV layer of the contact import (pure: no Strapi, no I/O). Detection, streaming contact
 * parser, pasted lists, and the CSV writer every export uses.
 */
export * from './types';
export { detectCsvFormat, type DetectCsvFormatOptions } from './detect';
export {
  createContactParser,
  contactBatches,
  type ContactParser,
  type ContactParserFormat,
  type ContactParserOptions,
  type ContactParserProgress,
} from './parser';
export { createContactCollector, type ContactCollector, type ContactCollectorOptions } from './collector';
export { parsePastedNumbers } from './pasted';
export { neutralizeCsvCell, toCsvLine, CSV_UTF8_BOM, type CsvLineOptions, type CsvValue } from './writer';
export { normalizeHeaderName, phoneHeaderScore } from './header-names';
export { PhoneSet } from './phone-set';
