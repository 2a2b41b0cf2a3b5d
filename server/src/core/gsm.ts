/**
 * GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table, as lookup tables over
 * UTF-16 code units so that counting a message is one array read per character.
 */

/**
 * The 128 characters of the basic table in septet order (0x1B, the escape to the extension
 * table, is not a character and is left out). 0x09 is the capital Ç, as in the 3GPP table;
 * the lower-case ç is not GSM-7.
 */
export const GSM7_BASIC_CHARACTERS =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Characters reached through the escape septet: each costs 2 septets. */
export const GSM7_EXTENSION_CHARACTERS = '\f^{}\\[~]|€';

/** Septet cost per UTF-16 code unit: 0 = not in GSM-7, 1 = basic table, 2 = extension table. */
export const GSM7_COST: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < GSM7_BASIC_CHARACTERS.length; i++) table[GSM7_BASIC_CHARACTERS.charCodeAt(i)] = 1;
  for (let i = 0; i < GSM7_EXTENSION_CHARACTERS.length; i++) {
    table[GSM7_EXTENSION_CHARACTERS.charCodeAt(i)] = 2;
  }
  return table;
})();

/** Septets available in one stand-alone SMS and per part of a concatenated one (UDH takes 7). */
export const GSM7_SINGLE_SEGMENT = 160;
export const GSM7_MULTI_SEGMENT = 153;
/** UTF-16 code units available in one UCS-2 SMS and per part of a concatenated one. */
export const UCS2_SINGLE_SEGMENT = 70;
export const UCS2_MULTI_SEGMENT = 67;

/** True when every character of `text` is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (GSM7_COST[text.charCodeAt(i)] === 0) return false;
  return true;
}

/** Septets needed for `text`, or -1 when a character is not GSM-7. */
export function gsm7Length(text: string): number {
  let septets = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = GSM7_COST[text.charCodeAt(i)]!;
    if (cost === 0) return -1;
    septets += cost;
  }
  return septets;
}
