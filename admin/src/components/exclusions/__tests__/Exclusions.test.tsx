import { act, fireEvent, screen, within } from '@testing-library/react';

import { list, optOut } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { AddNumbersModal } from '../AddNumbersModal';
import { AddNumbersResult } from '../AddNumbersResult';
import { ExclusionListsTable } from '../ExclusionListsTable';
import { OptOutsTable } from '../OptOutsTable';

const RESULT = {
  added: 2,
  alreadyPresent: 1,
  invalid: [
    { value: '06 12', reason: 'too-short' },
    { value: '+44 20 7946 0958', reason: 'not-mobile' },
  ],
};

describe('ExclusionListsTable', () => {
  it('puts the account’s opt-out list first, says STOP replies land there, then the named lists', () => {
    const onOpen = jest.fn();
    const named = list({
      id: 8,
      kind: 'exclusion',
      name: 'Concurrents',
      description: 'Numéros des concurrents',
      contactCount: 12,
    });
    const system = list({ id: 7, kind: 'exclusion', system: true, name: 'opt-out', contactCount: 1520 });
    renderWithProviders(<ExclusionListsTable lists={[named, system]} emptyMessage="" onOpen={onOpen} />);

    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).getByText('Account opt-out list')).toBeInTheDocument();
    expect(within(first).getByText('System')).toBeInTheDocument();
    expect(within(first).getByText(/STOP replies land here/)).toBeInTheDocument();
    expect(within(first).getByText('1,520')).toBeInTheDocument();
    expect(within(second).getByText('Concurrents')).toBeInTheDocument();
    expect(within(second).getByText('Numéros des concurrents')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Open “Concurrents”' }));
    expect(onOpen).toHaveBeenCalledWith(named);
  });
});

describe('OptOutsTable', () => {
  const OPT_OUTS = [
    optOut(),
    optOut({ id: 2, phone: '+262692123456', source: 'manual', note: 'Demande par téléphone', campaignId: null }),
  ];

  it('shows each number, where it came from, when, and the note', () => {
    renderWithProviders(<OptOutsTable optOuts={OPT_OUTS} canRemove emptyMessage="" onRemove={jest.fn()} />);

    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).getByText('+33 6 12 34 56 78')).toBeInTheDocument();
    expect(within(first).getByText('STOP reply')).toBeInTheDocument();
    expect(within(second).getByText('+262 692 12 34 56')).toBeInTheDocument();
    expect(within(second).getByText('Added by hand')).toBeInTheDocument();
    expect(within(second).getByText('Demande par téléphone')).toBeInTheDocument();
  });

  it('Given a user allowed to remove numbers, it offers it; otherwise not', () => {
    const onRemove = jest.fn();
    const { unmount } = renderWithProviders(
      <OptOutsTable optOuts={OPT_OUTS} canRemove emptyMessage="" onRemove={onRemove} />
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove +33 6 12 34 56 78 from the list' }));
    expect(onRemove).toHaveBeenCalledWith(OPT_OUTS[0]);
    unmount();

    renderWithProviders(<OptOutsTable optOuts={OPT_OUTS} canRemove={false} emptyMessage="" onRemove={onRemove} />);
    expect(screen.queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('Given French, it names the sources in French', () => {
    renderWithProviders(<OptOutsTable optOuts={OPT_OUTS} canRemove={false} emptyMessage="" onRemove={jest.fn()} />, {
      locale: 'fr',
    });

    expect(screen.getByText('Réponse STOP')).toBeInTheDocument();
    expect(screen.getByText('Ajout manuel')).toBeInTheDocument();
  });
});

describe('AddNumbersResult', () => {
  it('counts what was added and already present, and explains each rejected value', () => {
    renderWithProviders(<AddNumbersResult result={RESULT} />);

    expect(screen.getByText('2 numbers added')).toBeInTheDocument();
    expect(screen.getByText('1 number was already in the list.')).toBeInTheDocument();
    expect(screen.getByText('2 values are not usable numbers:')).toBeInTheDocument();
    expect(screen.getByText('“06 12”: Too short to be a phone number')).toBeInTheDocument();
    expect(screen.getByText('“+44 20 7946 0958”: Not a mobile number: it cannot receive SMS')).toBeInTheDocument();
  });

  it('Given nothing new, it says no number was added and lists at most 50 rejected values', () => {
    const invalid = Array.from({ length: 53 }, (_, index) => ({ value: `x${index}`, reason: 'invalid-characters' }));
    renderWithProviders(<AddNumbersResult result={{ added: 0, alreadyPresent: 0, invalid }} />);

    expect(screen.getByText('No number added')).toBeInTheDocument();
    expect(screen.queryByText(/already in the list/)).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
    expect(screen.getByText('and 3 more')).toBeInTheDocument();
  });

  it('Given French, it reports in French', () => {
    renderWithProviders(<AddNumbersResult result={RESULT} />, { locale: 'fr' });

    expect(screen.getByText('2 numéros ajoutés')).toBeInTheDocument();
    expect(screen.getByText('1 numéro était déjà dans la liste.')).toBeInTheDocument();
    expect(screen.getByText('« 06 12 » : Trop court pour être un numéro de téléphone')).toBeInTheDocument();
  });
});

describe('AddNumbersModal', () => {
  it('Given nothing pasted, it asks for a number; then it sends the text and shows the result', async () => {
    const onSubmit = jest.fn().mockResolvedValue(RESULT);
    renderWithProviders(<AddNumbersModal open onOpenChange={jest.fn()} listName="Concurrents" onSubmit={onSubmit} />);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add the numbers' }));
    });
    expect(screen.getByText('Paste or type at least one number.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /Numbers/ }), {
      target: { value: '06 12 34 56 78\n06 12\n+44 20 7946 0958\n' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Salon' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add the numbers' }));
    });

    expect(onSubmit).toHaveBeenCalledWith({ numbers: '06 12 34 56 78\n06 12\n+44 20 7946 0958', note: 'Salon' });
    expect(screen.getByText('2 numbers added')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Add more numbers' }));
    expect(screen.getByRole('textbox', { name: /Numbers/ })).toBeInTheDocument();
  });

  it('Given the request failed, it keeps the pasted numbers for another try', async () => {
    renderWithProviders(
      <AddNumbersModal
        open
        onOpenChange={jest.fn()}
        listName="Concurrents"
        onSubmit={jest.fn().mockResolvedValue(null)}
      />
    );

    fireEvent.change(screen.getByRole('textbox', { name: /Numbers/ }), { target: { value: '06 12 34 56 78' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add the numbers' }));
    });

    expect(screen.getByRole('textbox', { name: /Numbers/ })).toHaveValue('06 12 34 56 78');
  });
});
