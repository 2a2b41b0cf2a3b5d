import { screen } from '@testing-library/react';

import { settings } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { SendingWindowsSection } from '../SendingWindowsSection';

const render = (serverWindows?: Parameters<typeof SendingWindowsSection>[0]['serverWindows']) =>
  renderWithProviders(
    <SendingWindowsSection values={settings()} errors={{}} onChange={jest.fn()} serverWindows={serverWindows} />
  );

describe('Given the sending windows section', () => {
  it('When the config sets no window, Then both presets can be chosen', () => {
    render({ sms: null, voice: null });
    expect(screen.getByRole('combobox', { name: 'SMS sending window' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Voicemail-drop sending window' })).toBeInTheDocument();
  });

  it("When the host's config sets the SMS window, Then it is shown as set there, read-only, and voice keeps its preset", () => {
    render({
      sms: { days: { '1': [['09:00', '18:00']], '2': [['09:00', '18:00']] }, excludeHolidays: true },
      voice: null,
    });
    expect(screen.queryByRole('combobox', { name: 'SMS sending window' })).not.toBeInTheDocument();
    expect(screen.getByText('Monday – Tuesday 09:00–18:00')).toBeInTheDocument();
    expect(
      screen.getByText('Set in the server configuration (sendingWindows in config/plugins); closed on public holidays.')
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Voicemail-drop sending window' })).toBeInTheDocument();
  });
});
