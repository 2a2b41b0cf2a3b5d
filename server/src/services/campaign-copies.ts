import type { Core } from '@strapi/strapi';
import type { CampaignDuplicateInput } from '../contracts';
import { getService, uid } from '../utils';
import { withoutKeys } from './campaigns';
import { listSearchName } from './search-index';

/** What the wizard's steps set, copied by "duplicate"; the figures and the lifecycle's dates start empty. */
export const COPIED_FIELDS = [
  'channel',
  'kind',
  'isProof',
  'billingCode',
  'description',
  'sender',
  'message',
  'messageOptions',
  'stopMention',
  'fieldDefaults',
  'trackedLinks',
  'audio',
  'listIds',
  'exclusionListIds',
  'templateId',
] as const;

/** Room for the suffix within the name's 200 characters. */
const MAX_NAME = 200;

/**
 * "Duplicate" on the campaigns page: a new draft with every setting of the wizard copied (seed
 * 002's "load the settings of a previous campaign", made one click), whatever the source's status.
 * Named `<name> (copie)`, or `<name> (copy)` with `lang: 'en'`, unless a name is given; the copy
 * remembers its source (`sourceCampaignId`).
 */
const campaignCopiesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async duplicate(id: number, { name, lang }: CampaignDuplicateInput, user?: { id: number }) {
    const source = await getService(strapi, 'campaigns').findOne(id);
    const suffix = lang === 'en' ? ' (copy)' : ' (copie)';
    const copyName = name ?? `${String(source.name).slice(0, MAX_NAME - suffix.length)}${suffix}`;
    const copied = Object.fromEntries(COPIED_FIELDS.map((field) => [field, source[field] ?? null]));
    const created = await strapi.db.query(uid('campaign')).create({
      data: {
        ...copied,
        name: copyName,
        searchName: listSearchName(copyName),
        status: 'draft',
        sourceCampaignId: id,
        createdBy: user?.id,
        updatedBy: user?.id,
      },
    });
    return withoutKeys(created);
  },
});

export type CampaignCopiesService = ReturnType<typeof campaignCopiesService>;
export default campaignCopiesService;
