import { screen, within } from '@testing-library/react';

import { campaign } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { DraftsTable } from '../DraftsTable';

describe('DraftsTable', () => {
  it('Given no draft, it explains how to start one and offers the action it is given', () => {
    renderWithProviders(<DraftsTable drafts={[]} emptyAction={<button type="button">New campaign</button>} />);

    expect(screen.getByRole('heading', { name: 'Campaigns in preparation' })).toBeInTheDocument();
    expect(screen.getByText(/No campaign in preparation/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New campaign' })).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('Given drafts, it lists name, channel, type and when they were last modified', () => {
    const twoHoursAgo = new Date(Date.now() - 2 * 3600 * 1000).toISOString();
    renderWithProviders(
      <DraftsTable
        drafts={[
          campaign({
            documentId: 'a',
            name: 'Rappel RDV',
            channel: 'voice',
            kind: 'notification',
            updatedAt: twoHoursAgo,
          }),
          campaign({ documentId: 'b', name: 'Test soldes', isProof: true }),
        ]}
      />
    );

    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = within(rows[1]);
    expect(first.getByText('Rappel RDV')).toBeInTheDocument();
    expect(first.getByText('Voicemail drop')).toBeInTheDocument();
    expect(first.getByText('Notification')).toBeInTheDocument();
    expect(first.getByText('2 hours ago')).toBeInTheDocument();

    const second = within(rows[2]);
    expect(second.getByText('SMS')).toBeInTheDocument();
    expect(second.getByText('Marketing')).toBeInTheDocument();
    expect(second.getByText('Proof')).toBeInTheDocument();
  });

  it('Given French, it uses the words of the French platforms', () => {
    renderWithProviders(<DraftsTable drafts={[campaign({ channel: 'voice' })]} />, { locale: 'fr' });

    expect(screen.getByRole('heading', { name: 'Campagnes en préparation' })).toBeInTheDocument();
    expect(screen.getByText('Dépôt sur répondeur')).toBeInTheDocument();
    expect(screen.getByText('Dernière modification')).toBeInTheDocument();
  });
});
