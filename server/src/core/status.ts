import type { Channel, LocalizedText } from './types';

/**
 * Recipient status codes: the seeds' Annexe 3 tables (SMS: seed 001, voice: seed 000), one entry
 * per code. Codes the seed lists in pairs (10,28 / 16,21 / 20,25 / 29,30) share label and
 * definition but each is an entry of its own, as reports carry the single code.
 *
 * Decisions the seeds leave open (documented here, tested in __tests__/status.test.ts):
 * - `final` means "no further update is expected": consolidation waits for non-final codes until
 *   its expiry, then settles them with `settleOnExpiry`.
 * - 24 "Envoyé" (submitted, awaiting a receipt) is not final; 10 and 28 "Posté" are: the operator
 *   took the message and no receipt will follow. 28 is what consolidation gives a 24 at expiry.
 * - 31 "Mobile non disponible" is NOT final: the seed says the network retries; it ends as a
 *   delivery (21), an expiry (22) or, at consolidation expiry, 22.
 * - 1 and 9 are intermediate and not billed; the seed's "Statut intermédiaire" replaces yes/no.
 * - The voice table has no "billed" column: its codes take the billing of the same SMS code, and
 *   117 "Non délivré" is billed like SMS 20/25 (transmitted to the operator).
 * - Colours come from the voice table where it gives one (Vert/Rouge/Orange/Grise/Noir), else
 *   from the category, so that one code has one colour on both channels.
 * - The dispatcher's own states and checks (submitted 24, duplicates 4, destination 3, processing
 *   error 12) apply to voice too, so those codes list both channels although seed 000 omits them.
 * - Seed 001 lists 16 and 21 as a pair and 21 again on its own; 21 is the one the voice table uses.
 */

export type StatusColour = 'green' | 'red' | 'orange' | 'grey' | 'black';

export type StatusCategory =
  | 'pending'
  | 'sent'
  | 'delivered'
  | 'not-delivered'
  | 'rejected'
  | 'excluded'
  | 'invalid'
  | 'error';

export interface StatusDefinition {
  code: number;
  label: LocalizedText;
  definition: LocalizedText;
  billed: boolean;
  final: boolean;
  colour: StatusColour;
  category: StatusCategory;
  channels: readonly Channel[];
}

type Row = [
  codes: number[],
  category: StatusCategory,
  billed: boolean,
  final: boolean,
  colour: StatusColour,
  channels: Channel[],
  labelFr: string,
  labelEn: string,
  definitionFr: string,
  definitionEn: string,
];

const BOTH: Channel[] = ['sms', 'voice'];
const SMS: Channel[] = ['sms'];
const VOICE: Channel[] = ['voice'];

// prettier-ignore
const ROWS: Row[] = [
  [[1], 'pending', false, false, 'green', BOTH, 'En cours de traitement', 'Processing',
    'Le message est en cours de préparation', 'The message is being prepared'],
  [[9], 'pending', false, false, 'green', BOTH, "En cours d'envoi", 'Sending',
    "Le message est prêt à être envoyé. Il est en cours de diffusion", 'The message is ready and being sent'],
  [[10, 28], 'sent', true, true, 'green', SMS, 'Posté', 'Posted',
    "Le message a bien été envoyé chez l'opérateur mais sans confirmation de réception ou non réception (la plupart du temps délivré mais sans AR)",
    'The message reached the operator but no delivery receipt came back (usually delivered, without a receipt)'],
  [[24], 'sent', true, false, 'green', BOTH, 'Envoyé', 'Sent',
    "Le message a été posté pour acheminement vers l'opérateur", 'The message was submitted for routing to the operator'],
  [[16], 'delivered', true, true, 'green', SMS, 'Délivré', 'Delivered',
    'Le message a bien été délivré sur le mobile du destinataire', "The message was delivered to the recipient's mobile"],
  [[21], 'delivered', true, true, 'green', BOTH, 'Délivré', 'Delivered',
    'Le message a bien été délivré sur le mobile du destinataire', "The message was delivered to the recipient's mobile"],
  [[17], 'delivered', true, true, 'green', SMS, 'Délivré + STOP demandé', 'Delivered + STOP requested',
    "Le message a bien été délivré sur le mobile du destinataire et il a demandé à ne plus recevoir de message (réponse STOP)",
    'The message was delivered and the recipient asked to receive no more messages (STOP reply)'],
  [[20, 25], 'not-delivered', true, true, 'red', SMS, 'Non délivré', 'Not delivered',
    "Le message a bien été transmis à l'opérateur mais n'a pas été délivré sur le mobile du destinataire",
    "The message reached the operator but was not delivered to the recipient's mobile"],
  [[29, 30], 'not-delivered', true, true, 'red', SMS, 'Numéro non attribué', 'Unallocated number',
    "Le numéro de mobile est inconnu par l'opérateur", 'The operator does not know this mobile number'],
  [[31], 'not-delivered', true, false, 'orange', SMS, 'Mobile non disponible', 'Mobile unavailable',
    "Le mobile du destinataire est éteint ou hors réseau au moment de la tentative d'envoi du SMS (d'autres tentatives sont faites pour essayer de délivrer le message).",
    "The recipient's mobile was off or out of coverage at the delivery attempt (further attempts are made)"],
  [[32], 'rejected', true, true, 'red', SMS, 'SMS rejeté', 'SMS rejected',
    "Le message a été rejeté par l'opérateur suite à un paramètre non conforme", 'The operator rejected the message for a non-compliant parameter'],
  [[13], 'rejected', true, true, 'red', SMS, 'Refus opérateur', 'Operator refusal',
    "L'opérateur a refusé le numéro après tentative d'envoi", 'The operator refused the number after a delivery attempt'],
  [[27], 'rejected', true, true, 'red', SMS, 'Rejet opérateur', 'Operator rejection',
    "Le message a été rejeté par l'opérateur", 'The operator rejected the message'],
  [[2], 'invalid', false, true, 'red', BOTH, 'Numéro mal formaté', 'Malformed number',
    'Le numéro est mal formaté et ne peut donc pas être envoyé', 'The number is malformed and cannot be sent to'],
  [[22], 'not-delivered', true, true, 'red', SMS, 'Message expiré', 'Message expired',
    "Après plusieurs tentatives, le message a expiré car il a dépassé la durée de vie standard d'un SMS (par défaut 48h)",
    'After several attempts the message expired, past the standard SMS validity period (48 h by default)'],
  [[23], 'not-delivered', true, true, 'red', SMS, 'Message supprimé', 'Message deleted',
    "Le message a été supprimé avant envoi chez l'opérateur", 'The message was deleted before reaching the operator'],
  [[26], 'not-delivered', true, true, 'red', SMS, 'Erreur inconnue', 'Unknown error',
    "L'opérateur a retourné une erreur inconnue", 'The operator returned an unknown error'],
  [[3], 'excluded', false, true, 'orange', BOTH, 'Destination non autorisée', 'Destination not allowed',
    "La destination n'est pas autorisée sur votre compte", 'This destination is not allowed on your account'],
  [[5], 'error', false, true, 'orange', SMS, 'Erreur de personnalisation', 'Personalisation error',
    'Erreur lors de la personnalisation du message', 'The message could not be personalised'],
  [[6], 'error', false, true, 'orange', SMS, 'Caractère UCS2 non autorisé', 'UCS-2 character not allowed',
    'Le message contient un caractère UCS2 non autorisé sur votre compte et/ou votre campagne',
    'The message contains a UCS-2 character that your account or campaign does not allow'],
  [[7], 'error', false, true, 'orange', SMS, 'Message trop long', 'Message too long',
    "Le message est trop long par rapport au nombre de caractère autorisé sur votre compte et/ou votre campagne. Nombre de caractère autorisé par défaut : - 160 caractères en encodage GSM7 - 70 caractères en encodage UCS2",
    'The message is longer than your account or campaign allows (by default 160 characters in GSM-7, 70 in UCS-2)'],
  [[8], 'error', false, true, 'orange', BOTH, 'Crédit insuffisant', 'Insufficient credit',
    'Crédit insuffisant sur votre compte', 'Your account has insufficient credit'],
  [[12], 'error', false, true, 'orange', BOTH, 'Erreur de traitement', 'Processing error',
    "Erreur de traitement rencontrée lors de l'envoi", 'A processing error occurred while sending'],
  [[4], 'excluded', false, true, 'grey', BOTH, 'Doublons', 'Duplicate',
    'Le numéro est en doublon dans votre/vos liste(s) de destinataires', 'The number appears more than once in your recipient list(s)'],
  [[19], 'error', false, true, 'orange', SMS, 'Tarif manquant', 'Missing rate',
    "Le message n'a pas été délivré car le tarif est manquant pour cette destination.", 'The message was not delivered: no rate is set for this destination'],
  [[14], 'excluded', false, true, 'grey', BOTH, 'Destinataire dans votre blacklist', 'Recipient on your exclusion list',
    "Le message n'a pas été envoyé car le numéro est présent dans votre blacklist (personne ne souhaitant plus recevoir de message de votre part)",
    'Not sent: the number is on your exclusion list (the person opted out of your messages)'],
  [[15], 'excluded', false, true, 'black', BOTH, 'Destinataire dans notre blacklist globale', 'Recipient on the global exclusion list',
    "Le message n'a pas été envoyé car le numéro est présent dans notre blacklist globale (personne ne souhaitant plus recevoir aucun message de Mediasflow)",
    'Not sent: the number is on the platform-wide exclusion list (the person opted out of all messages)'],
  [[18], 'excluded', false, true, 'grey', SMS, 'Destinataire dans votre blacklist client', "Recipient on your client's exclusion list",
    "Le message n'a pas été envoyé car le numéro est présent dans la blacklist de votre client (personne ne souhaitant plus recevoir de message provenant de votre client)",
    "Not sent: the number is on your client's exclusion list"],
  [[117], 'not-delivered', true, true, 'red', VOICE, 'Non délivré', 'Not delivered',
    "Le message a bien été transmis à l'opérateur mais n'a pas été délivré sur le mobile du destinataire",
    "The message reached the operator but was not delivered to the recipient's voicemail"],
];

function buildTable(): Readonly<Record<number, StatusDefinition>> {
  const table: Record<number, StatusDefinition> = {};
  for (const [codes, category, billed, final, colour, channels, lf, le, df, de] of ROWS) {
    for (const code of codes) {
      if (table[code]) throw new Error(`status code ${code} defined twice`);
      table[code] = Object.freeze({
        code,
        label: Object.freeze({ fr: lf, en: le }),
        definition: Object.freeze({ fr: df, en: de }),
        billed,
        final,
        colour,
        category,
        channels: Object.freeze([...channels]),
      });
    }
  }
  return Object.freeze(table);
}

/** Every status code, keyed by code. */
export const STATUS_CODES: Readonly<Record<number, StatusDefinition>> = buildTable();

/** Named codes the dispatcher sets itself (the rest come from receipts). */
export const STATUS = Object.freeze({
  PROCESSING: 1,
  MALFORMED_NUMBER: 2,
  DESTINATION_NOT_ALLOWED: 3,
  DUPLICATE: 4,
  PERSONALISATION_ERROR: 5,
  UCS2_NOT_ALLOWED: 6,
  TOO_LONG: 7,
  INSUFFICIENT_CREDIT: 8,
  SENDING: 9,
  POSTED: 10,
  PROCESSING_ERROR: 12,
  OPERATOR_REFUSAL: 13,
  OPT_OUT: 14,
  GLOBAL_OPT_OUT: 15,
  DELIVERED_STOP: 17,
  CLIENT_OPT_OUT: 18,
  MISSING_RATE: 19,
  UNDELIVERED: 20,
  DELIVERED: 21,
  EXPIRED: 22,
  DELETED: 23,
  SUBMITTED: 24,
  UNKNOWN_ERROR: 26,
  OPERATOR_REJECTION: 27,
  POSTED_NO_RECEIPT: 28,
  UNALLOCATED_NUMBER: 29,
  MOBILE_UNAVAILABLE: 31,
  SMS_REJECTED: 32,
  VOICE_UNDELIVERED: 117,
} as const);

export function getStatus(code: number): StatusDefinition | undefined {
  return STATUS_CODES[code];
}

/** Unknown codes are treated as not final (the consolidation keeps waiting, then settles). */
export function isFinalStatus(code: number): boolean {
  return STATUS_CODES[code]?.final === true;
}

/** Unknown codes are not billed: a credit is only spent on a status the table says is billed. */
export function isBilledStatus(code: number): boolean {
  return STATUS_CODES[code]?.billed === true;
}

export function statusCodesFor(channel: Channel): StatusDefinition[] {
  return Object.values(STATUS_CODES).filter((s) => s.channels.includes(channel));
}

/**
 * The final code a recipient gets when consolidation expires with it still non-final:
 * never submitted or fate unknown → processing error (refunded, DESIGN "Dispatch");
 * submitted without a receipt → posted without receipt (28; voice: not delivered);
 * mobile unavailable → expired. Final codes are returned unchanged.
 */
export function settleOnExpiry(code: number, channel: Channel = 'sms'): number {
  if (isFinalStatus(code)) return code;
  if (code === STATUS.SUBMITTED) return channel === 'voice' ? STATUS.VOICE_UNDELIVERED : STATUS.POSTED_NO_RECEIPT;
  if (code === STATUS.MOBILE_UNAVAILABLE) return STATUS.EXPIRED;
  return STATUS.PROCESSING_ERROR;
}
