import { screen } from '@testing-library/react';

import { CAMPAIGN_STATUSES } from '../../../../server/src/contracts';
import { renderWithProviders } from '../../__tests__/renderWithProviders';
import { CampaignStatusBadge, STATUS_VARIANTS } from '../CampaignStatusBadge';

describe('CampaignStatusBadge', () => {
  it.each([
    ['draft', 'Draft', 'Brouillon'],
    ['scheduled', 'Scheduled', 'Programmée'],
    ['sending', 'Sending', "En cours d'envoi"],
    ['paused', 'Paused', 'En pause'],
    ['consolidating', 'Consolidating', 'En cours de consolidation'],
    ['completed', 'Completed', 'Terminée'],
    ['cancelled', 'Cancelled', 'Annulée'],
  ] as const)('Given a %s campaign, it reads "%s" in English and "%s" in French', (status, english, french) => {
    const { unmount } = renderWithProviders(<CampaignStatusBadge status={status} />);
    expect(screen.getByText(english)).toBeInTheDocument();
    unmount();

    renderWithProviders(<CampaignStatusBadge status={status} />, { locale: 'fr' });
    expect(screen.getByText(french)).toBeInTheDocument();
  });

  it('gives every status of the lifecycle its own colour', () => {
    const variants = CAMPAIGN_STATUSES.map((status) => STATUS_VARIANTS[status]);
    expect(new Set(variants).size).toBe(CAMPAIGN_STATUSES.length);
  });
});
