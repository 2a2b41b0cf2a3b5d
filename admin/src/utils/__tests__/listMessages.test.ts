import { createIntl } from 'react-intl';

import en from '../../translations/en.json';
import fr from '../../translations/fr.json';
import { getTranslation } from '../getTranslation';
import { getListErrorMessage } from '../listMessages';

const intl = (locale: 'en' | 'fr') =>
  createIntl({
    locale,
    messages: Object.fromEntries(
      Object.entries(locale === 'en' ? en : fr).map(([key, value]) => [getTranslation(key), value])
    ),
  });

/** The shape of the admin fetch client's error: the server's answer is in `response.data`. */
const answered = (status: number, details: Record<string, unknown>) => ({
  name: 'FetchError',
  status,
  response: { data: { error: { status, name: 'ApplicationError', message: 'English text', details } } },
});

const say = (locale: 'en' | 'fr', error: unknown) => {
  const known = getListErrorMessage(error);
  return known ? intl(locale).formatMessage(known.descriptor, known.values) : null;
};

describe('getListErrorMessage', () => {
  const inUse = answered(400, { code: 'LIST_IN_USE', campaigns: [{ id: 4, name: 'Soldes' }] });
  const forbidden = answered(403, { code: 'OPT_OUTS_REMOVE_FORBIDDEN' });

  it('Given a list still used by a campaign, it names the campaign, in English and French', () => {
    expect(say('en', inUse)).toBe(
      'This list is used by a campaign that is not finished: “Soldes”. Remove it from that campaign, or wait until it is completed or cancelled.'
    );
    expect(say('fr', inUse)).toBe(
      'Cette liste est utilisée par une campagne qui n’est pas terminée : “Soldes”. Retirez-la de cette campagne, ou attendez qu’elle soit terminée ou annulée.'
    );
  });

  it('Given an exclusion list the role may not drop, it names the missing permission, in English and French', () => {
    expect(say('en', forbidden)).toMatch(/“Remove numbers from exclusion lists” permission/);
    expect(say('fr', forbidden)).toMatch(/^Supprimer une liste d’exclusion/);
  });

  it('Given a report of a deleted campaign or an unknown status, it says so, in English and French', () => {
    expect(say('en', answered(404, { code: 'CAMPAIGN_NOT_FOUND', id: 9 }))).toMatch(
      /^This campaign does not exist any more/
    );
    expect(say('fr', answered(404, { code: 'CAMPAIGN_NOT_FOUND', id: 9 }))).toMatch(/^Cette campagne n’existe plus/);
    expect(say('fr', answered(400, { code: 'REPORT_STATUS_UNKNOWN', status: 999 }))).toMatch(/^Le statut 999 ne fait/);
  });

  it('Given any other error, it leaves it to the generic handler', () => {
    expect(getListErrorMessage(answered(400, { code: 'SOMETHING_ELSE' }))).toBeNull();
    expect(getListErrorMessage(new Error('network'))).toBeNull();
  });
});
