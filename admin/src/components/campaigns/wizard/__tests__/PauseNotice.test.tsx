import { screen } from '@testing-library/react';

import { renderWithProviders } from '../../../../__tests__/renderWithProviders';
import { PauseNotice } from '../PauseNotice';

describe('PauseNotice', () => {
  it('Given the sending hours closed, it says the campaign resumes by itself, and when', () => {
    renderWithProviders(<PauseNotice pauseReason="window" resumeAt="2026-12-07T07:00:00.000Z" />);
    expect(screen.getByText('Paused: the sending hours are over')).toBeInTheDocument();
    expect(screen.getByText(/It resumes by itself on .*2026/)).toBeInTheDocument();
  });

  it('Given the error budget spent, it names the failure and says what to check', () => {
    renderWithProviders(<PauseNotice pauseReason="errors" pauseDetail="100 consecutive gateway errors" />);
    expect(screen.getByText('Paused: the gateway failed too often')).toBeInTheDocument();
    expect(screen.getByText(/Detail: 100 consecutive gateway errors/)).toBeInTheDocument();
  });

  it('Given a user paused it, it says so', () => {
    renderWithProviders(<PauseNotice pauseReason="user" />, { locale: 'fr' });
    expect(screen.getByText('Mise en pause par un utilisateur')).toBeInTheDocument();
  });

  it('Given no reason, it shows nothing', () => {
    renderWithProviders(<PauseNotice pauseReason={null} />);
    expect(screen.queryByText(/Paused/)).not.toBeInTheDocument();
  });
});
