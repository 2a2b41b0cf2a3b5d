import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ExpiryLabel } from '../ExpiryLabel';

describe('ExpiryLabel', () => {
  it('Given a permanent list, it says so', () => {
    renderWithProviders(<ExpiryLabel list={{ persistence: 'permanent', expiresAt: null, expiresAfterMonths: null }} />);

    expect(screen.getByText('Permanent')).toBeInTheDocument();
  });

  it('Given an expiring list, it gives the date the purge will delete it if unused', () => {
    renderWithProviders(
      <ExpiryLabel list={{ persistence: 'expiring', expiresAt: '2026-07-14T10:00:00.000Z', expiresAfterMonths: 3 }} />
    );

    expect(screen.getByText('Expires on Jul 14, 2026 if unused')).toBeInTheDocument();
  });

  it('Given an expiring list without a date yet, it gives the period', () => {
    renderWithProviders(<ExpiryLabel list={{ persistence: 'expiring', expiresAt: null, expiresAfterMonths: 1 }} />);

    expect(screen.getByText('Deleted after 1 month without use')).toBeInTheDocument();
  });

  it('Given French, it uses the seeds’ words', () => {
    const { unmount } = renderWithProviders(
      <ExpiryLabel list={{ persistence: 'expiring', expiresAt: '2026-07-14T10:00:00.000Z', expiresAfterMonths: 3 }} />,
      { locale: 'fr' }
    );
    expect(screen.getByText('Expire le 14 juil. 2026 si non utilisée')).toBeInTheDocument();
    unmount();

    renderWithProviders(
      <ExpiryLabel list={{ persistence: 'permanent', expiresAt: null, expiresAfterMonths: null }} />,
      {
        locale: 'fr',
      }
    );
    expect(screen.getByText('Pérenne')).toBeInTheDocument();
  });
});
