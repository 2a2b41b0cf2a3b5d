import { screen, within } from '@testing-library/react';

import { campaign } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { keyDate } from '../../CampaignKeyDate';
import { LatestCampaignsTable } from '../LatestCampaignsTable';

const rowOf = (name: string) => within(screen.getByText(name).closest('tr') as HTMLElement);

describe('LatestCampaignsTable', () => {
  it('Given no campaign beyond drafts, it says where sendings will appear', () => {
    renderWithProviders(<LatestCampaignsTable campaigns={[]} />);

    expect(screen.getByRole('heading', { name: 'Your latest campaigns' })).toBeInTheDocument();
    expect(screen.getByText(/No campaign scheduled or sent yet/)).toBeInTheDocument();
  });

  it('Given a sending campaign, it shows its status and how many recipients were sent to', () => {
    renderWithProviders(
      <LatestCampaignsTable
        campaigns={[
          campaign({
            name: 'Soldes',
            status: 'sending',
            recipientCount: 12000,
            submittedCount: 4500,
            creditsReserved: 12000,
            startedAt: '2026-01-10T09:00:00.000Z',
          }),
        ]}
      />
    );

    const row = rowOf('Soldes');
    expect(row.getByText('Sending')).toBeInTheDocument();
    expect(row.getByText('12,000')).toBeInTheDocument();
    expect(row.getByText('4,500 of 12,000 sent')).toBeInTheDocument();
    expect(row.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '38');
    expect(row.getByText('Started')).toBeInTheDocument();
    expect(row.getByText('12,000 reserved')).toBeInTheDocument();
  });

  it('Given scheduled and completed campaigns, it shows the date that matters and the credits', () => {
    renderWithProviders(
      <LatestCampaignsTable
        campaigns={[
          campaign({
            documentId: 'a',
            name: 'Demain',
            status: 'scheduled',
            scheduledAt: '2026-01-11T08:00:00.000Z',
            recipientCount: 300,
            creditsReserved: 300,
          }),
          campaign({
            documentId: 'b',
            name: 'Hier',
            status: 'completed',
            completedAt: '2026-01-09T18:00:00.000Z',
            recipientCount: 300,
            submittedCount: 300,
            creditsReserved: 300,
            creditsUsed: 290,
          }),
        ]}
      />
    );

    expect(rowOf('Demain').getByText('Scheduled')).toBeInTheDocument();
    expect(rowOf('Demain').getByText('Scheduled for')).toBeInTheDocument();
    expect(rowOf('Demain').queryByRole('progressbar')).not.toBeInTheDocument();
    // "Completed" twice: the status badge and the label of the completion date.
    expect(rowOf('Hier').getAllByText('Completed')).toHaveLength(2);
    expect(rowOf('Hier').getByText('290')).toBeInTheDocument();
    const completedAt = screen.getByText('Hier').closest('tr')?.querySelector('time');
    expect(completedAt).toHaveAttribute('dateTime', '2026-01-09T18:00:00.000Z');
  });

  it('Given a campaign cancelled while sending, it shows the credits used, not the reservation it released', () => {
    renderWithProviders(
      <LatestCampaignsTable
        campaigns={[
          campaign({
            name: 'Annulée',
            status: 'cancelled',
            recipientCount: 500,
            creditsReserved: 500,
            creditsUsed: 120,
          }),
        ]}
      />
    );
    expect(rowOf('Annulée').getByText('120')).toBeInTheDocument();
    expect(rowOf('Annulée').queryByText(/reserved/)).not.toBeInTheDocument();
  });
});

describe('keyDate', () => {
  it('picks the start for running campaigns and the end for finished ones', () => {
    const started = '2026-01-10T09:00:00.000Z';
    const completed = '2026-01-10T11:00:00.000Z';
    expect(keyDate(campaign({ status: 'paused', startedAt: started, completedAt: null })).value).toBe(started);
    expect(keyDate(campaign({ status: 'completed', startedAt: started, completedAt: completed })).value).toBe(
      completed
    );
  });
});
