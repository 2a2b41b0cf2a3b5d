import { CAMPAIGN_STATUSES } from '../../../../server/src/contracts';
import { campaignOpenPath, campaignReportPath } from '../campaignLinks';

describe('campaignOpenPath', () => {
  it('Given a draft, it opens the wizard', () => {
    expect(campaignOpenPath({ id: 7, status: 'draft' })).toBe('/plugins/mobile-campaigns/campaigns/7');
  });

  it.each(CAMPAIGN_STATUSES.filter((status) => status !== 'draft'))(
    'Given a %s campaign, it opens the report',
    (status) => {
      expect(campaignOpenPath({ id: 7, status })).toBe('/plugins/mobile-campaigns/campaigns/7/report');
      expect(campaignReportPath(7)).toBe('/plugins/mobile-campaigns/campaigns/7/report');
    }
  );
});
