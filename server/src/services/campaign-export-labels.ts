import type { CampaignStatus } from '../core';

/**
 * The words of the campaigns export, in the admin's language (French by default: the campaigns
 * page is the seeds' "Mes campagnes"). Statuses use the seeds' names (seed 002).
 */
export type CampaignExportLang = 'en' | 'fr';

const WORDS = {
  en: {
    filename: 'campaigns',
    header: [
      'ID',
      'Name',
      'Status',
      'Channel',
      'Type',
      'Proof',
      'Author',
      'Sender',
      'Billing code',
      'Created on',
      'Sent or scheduled on',
      'Recipients',
      'Invalid',
      'Duplicates',
      'Excluded',
      'Submitted',
      'Delivered',
      'Credits reserved',
      'Credits used',
    ],
    yes: 'yes',
    no: 'no',
    statuses: {
      draft: 'Draft',
      scheduled: 'Scheduled',
      sending: 'Sending',
      paused: 'Paused',
      consolidating: 'Consolidating',
      completed: 'Completed',
      cancelled: 'Cancelled',
    },
    channels: { sms: 'SMS', voice: 'Voicemail drop' },
    kinds: { marketing: 'Marketing', notification: 'Notification' },
  },
  fr: {
    filename: 'campagnes',
    header: [
      'ID',
      'Nom',
      'Statut',
      'Canal',
      'Type',
      'BAT',
      'Auteur',
      'Émetteur',
      'Code de facturation',
      'Créée le',
      'Envoyée ou programmée le',
      'Destinataires',
      'Invalides',
      'Doublons',
      'Exclus',
      'Envoyés',
      'Délivrés',
      'Crédits réservés',
      'Crédits consommés',
    ],
    yes: 'oui',
    no: 'non',
    statuses: {
      draft: 'Brouillon',
      scheduled: 'Programmée',
      sending: 'En cours d’envoi',
      paused: 'En pause',
      consolidating: 'En cours de consolidation',
      completed: 'Terminée',
      cancelled: 'Annulée',
    },
    channels: { sms: 'SMS', voice: 'Dépose répondeur' },
    kinds: { marketing: 'Marketing', notification: 'Notification' },
  },
} as const;

export const campaignExportLabels = (lang: CampaignExportLang) => {
  const words = WORDS[lang];
  return {
    filename: words.filename,
    header: [...words.header],
    yes: words.yes,
    no: words.no,
    statusOf: (status: CampaignStatus) => words.statuses[status] ?? status,
    channelOf: (channel: string) => words.channels[channel as 'sms' | 'voice'] ?? channel,
    kindOf: (kind: string) => words.kinds[kind as 'marketing' | 'notification'] ?? kind,
  };
};
