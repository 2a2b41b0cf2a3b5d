import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../__tests__/renderWithProviders';
import { CreditsBlock } from '../CreditsBlock';

describe('CreditsBlock', () => {
  it('Given an unlimited account, it says so and shows no balance', () => {
    renderWithProviders(<CreditsBlock credits={{ mode: 'unlimited', balance: 0, reserved: 0, available: null }} />);

    expect(screen.getByRole('region', { name: 'Credits' })).toBeInTheDocument();
    expect(screen.getByText('Unlimited account')).toBeInTheDocument();
    expect(screen.queryByText('Balance')).not.toBeInTheDocument();
  });

  it('Given limited credits, it shows available, balance and reserved in the user’s number format', () => {
    renderWithProviders(
      <CreditsBlock credits={{ mode: 'limited', balance: 12500, reserved: 2500, available: 10000 }} />
    );

    const figure = (label: string) => screen.getByText(label).nextElementSibling?.textContent;
    expect(figure('Available')).toBe('10,000');
    expect(figure('Balance')).toBe('12,500');
    expect(figure('Reserved')).toBe('2,500');
    expect(screen.queryByText('Unlimited account')).not.toBeInTheDocument();
  });

  it('Given limited credits in French, it uses French words and digit grouping', () => {
    renderWithProviders(<CreditsBlock credits={{ mode: 'limited', balance: 12500, reserved: 0, available: 12500 }} />, {
      locale: 'fr',
    });

    expect(screen.getByRole('heading', { name: 'Crédits' })).toBeInTheDocument();
    // French groups thousands with a narrow no-break space.
    expect(screen.getByText('Disponibles').nextElementSibling?.textContent).toBe('12\u202f500');
  });
});
