import * as React from 'react';

import { fireEvent, screen, waitFor } from '@testing-library/react';

import { renderWithProviders } from '../../../../__tests__/renderWithProviders';
import type { AudienceSummary, CreditEstimate } from '../../../../../../server/src/contracts';
import { EMPTY_DRAFT } from '../draft';
import { RecapModal } from '../RecapModal';
import { ScheduleField, EMPTY_SCHEDULE, scheduleOf, type Schedule } from '../ScheduleField';
import { TestSendBlock } from '../TestSendBlock';

const audience: AudienceSummary = {
  recipients: 11,
  valid: 7,
  invalid: 2,
  notAllowed: 0,
  duplicates: 1,
  optedOut: 1,
  excluded: 0,
  byCountry: [{ country: 'FR', count: 7 }],
  fields: [],
};

const estimate = (overrides: Partial<CreditEstimate> = {}): CreditEstimate => ({
  recipients: 11,
  billable: 7,
  credits: 9,
  worstCase: 14,
  distribution: [
    { segments: 1, recipients: 5 },
    { segments: 2, recipients: 2 },
  ],
  personalisationErrors: 0,
  forbiddenCharacters: 0,
  tooLong: 0,
  available: 100,
  sufficient: true,
  ...overrides,
});

const renderRecap = (figures: CreditEstimate, scheduledAt: string | null = null, onConfirm = jest.fn()) =>
  renderWithProviders(
    <RecapModal
      draft={{ ...EMPTY_DRAFT, name: 'Soldes', trackedLinks: [{ url: 'https://www.monsite.com/id=${ID}' }] }}
      listNames={['Clients 2026', 'Prospects']}
      audience={audience}
      estimate={{ data: figures, isLoading: false }}
      defaultSender="36184"
      scheduledAt={scheduledAt}
      timeZone="Europe/Paris"
      onClose={jest.fn()}
      onConfirm={onConfirm}
    />
  );

describe('RecapModal', () => {
  it('Given an exact estimate below the worst case, Then both show, with the distribution, and the button names the credits', async () => {
    const onConfirm = jest.fn().mockResolvedValue(undefined);
    renderRecap(estimate(), null, onConfirm);
    expect(screen.getByText('Clients 2026, Prospects')).toBeInTheDocument();
    expect(screen.getByText('36184')).toBeInTheDocument();
    expect(screen.getByText('9 (at most 14 if every message were the longest)')).toBeInTheDocument();
    expect(screen.getByText('5 × 1 SMS · 2 × 2 SMS')).toBeInTheDocument();
    expect(screen.getByText('https://www.monsite.com/id=${ID}')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Send and use 9 credits' }));
    await waitFor(() => expect(onConfirm).toHaveBeenCalled());
  });

  it('Given a schedule, Then the button schedules, and the date is shown in the account’s zone', () => {
    renderRecap(estimate({ worstCase: 9 }), '2026-12-07T09:30:00.000Z');
    expect(screen.getByRole('button', { name: 'Schedule and use 9 credits' })).toBeEnabled();
    expect(screen.getByText(/10:30/)).toBeInTheDocument();
    expect(screen.queryByText(/at most/)).not.toBeInTheDocument();
  });

  it('Given too few credits, Then sending is blocked and the user is told why', () => {
    renderRecap(estimate({ available: 4, sufficient: false }));
    expect(screen.getByText('Not enough credits')).toBeInTheDocument();
    expect(screen.getByText(/needs 9 credits and 4 are available/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send and use 9 credits' })).toBeDisabled();
  });

  it('Given French, Then the confirmation reads as the seeds’ “Envoyer et utiliser N crédits”', () => {
    renderWithProviders(
      <RecapModal
        draft={{ ...EMPTY_DRAFT, name: 'Soldes' }}
        listNames={['Clients']}
        audience={audience}
        estimate={{ data: estimate(), isLoading: false }}
        defaultSender="36184"
        scheduledAt={null}
        timeZone="Europe/Paris"
        onClose={jest.fn()}
        onConfirm={jest.fn()}
      />,
      { locale: 'fr' }
    );
    expect(screen.getByRole('button', { name: 'Envoyer et utiliser 9 crédits' })).toBeInTheDocument();
  });
});

describe('TestSendBlock', () => {
  it('Given numbers and a line, When the test is sent, Then both go to the server and each number’s fate is shown', async () => {
    const onSend = jest.fn().mockResolvedValue([
      { to: '+33612345678', accepted: true, providerMessageId: 'a', error: null },
      { to: '+33798765432', accepted: false, providerMessageId: null, error: 'blocked' },
    ]);
    renderWithProviders(<TestSendBlock lineCount={11} onSend={onSend} approved={false} onApprove={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Test numbers' }), {
      target: { value: '06 12 34 56 78; 07 98 76 54 32' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send the test' }));
    await screen.findByText('+33612345678: sent');
    expect(onSend).toHaveBeenCalledWith('06 12 34 56 78; 07 98 76 54 32', 1);
    expect(screen.getByText('+33798765432: not sent (blocked)')).toBeInTheDocument();
  });

  it('Given the question “is the test right?”, When answered yes, Then the approval is reported', () => {
    const onApprove = jest.fn();
    renderWithProviders(<TestSendBlock lineCount={3} onSend={jest.fn()} approved={false} onApprove={onApprove} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Is the test you received right?' }));
    expect(onApprove).toHaveBeenCalledWith(true);
  });
});

describe('ScheduleField', () => {
  const Harness = ({ refusal }: { refusal?: { message: string; nextSlot: string | null } }) => {
    const [value, setValue] = React.useState<Schedule>({ ...EMPTY_SCHEDULE, mode: 'later' });
    return (
      <>
        <ScheduleField value={value} onChange={setValue} timeZone="Europe/Paris" refusal={refusal} />
        <output data-testid="at">{value.scheduledAt ?? ''}</output>
      </>
    );
  };

  it('Given the date a draft was saved with, When the step opens again, Then the pickers show it in the account’s zone', () => {
    expect(scheduleOf(null, 'Europe/Paris')).toEqual(EMPTY_SCHEDULE);
    const schedule = scheduleOf('2026-12-08T09:15:00.000Z', 'Europe/Paris');
    expect(schedule).toMatchObject({ mode: 'later', scheduledAt: '2026-12-08T09:15:00.000Z', time: '10:15' });
    expect([schedule.day?.getFullYear(), schedule.day?.getMonth(), schedule.day?.getDate()]).toEqual([2026, 11, 8]);
  });

  it('Given a date refused outside the sending hours, When the offered slot is taken, Then it becomes the schedule', () => {
    renderWithProviders(
      <Harness
        refusal={{
          message: 'Marketing SMS can only go out within the sending hours.',
          nextSlot: '2026-12-07T07:00:00.000Z',
        }}
      />
    );
    expect(screen.getByText('Marketing SMS can only go out within the sending hours.')).toBeInTheDocument();
    expect(screen.getByText(/The next opening is Monday, December 7, 2026 at 8:00/)).toBeInTheDocument();
    expect(screen.getByText('Time in Europe/Paris')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Use this slot' }));
    expect(screen.getByTestId('at')).toHaveTextContent('2026-12-07T07:00:00.000Z');
  });
});
