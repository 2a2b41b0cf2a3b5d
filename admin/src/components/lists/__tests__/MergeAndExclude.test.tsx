import { act, fireEvent, screen } from '@testing-library/react';

import { list } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ExcludeEntryModal } from '../ExcludeEntryModal';
import { MergeListModal } from '../MergeListModal';

const click = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('MergeListModal', () => {
  const target = list({ id: 1, name: 'Clients fidèles' });
  const candidates = [
    target,
    list({ id: 2, name: 'Salon 2025', contactCount: 1 }),
    list({ id: 3, name: 'Newsletter' }),
  ];

  it('Given no list chosen, it asks for one', async () => {
    const onSubmit = jest.fn().mockResolvedValue(true);
    renderWithProviders(
      <MergeListModal target={target} candidates={candidates} onClose={jest.fn()} onSubmit={onSubmit} />
    );

    expect(screen.getByRole('dialog', { name: 'Merge into “Clients fidèles”' })).toBeInTheDocument();
    expect(screen.getByText(/numbers already in it are not added twice/)).toBeInTheDocument();
    await click('Merge the lists');

    expect(screen.getByText('Choose the list to merge into this one.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers the other lists only, and merges the one picked', async () => {
    const onSubmit = jest.fn().mockResolvedValue(true);
    const onClose = jest.fn();
    renderWithProviders(
      <MergeListModal target={target} candidates={candidates} onClose={onClose} onSubmit={onSubmit} />
    );
    const input = screen.getByRole('combobox', { name: /List to merge/ });

    await act(async () => {
      fireEvent.change(input, { target: { value: 'contact' } });
      fireEvent.keyUp(input, { key: 't' });
    });
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(['Salon 2025 (1 contact)', 'Newsletter (12,480 contacts)']);
    await act(async () => {
      fireEvent.pointerUp(screen.getByRole('option', { name: 'Salon 2025 (1 contact)' }));
    });
    await click('Merge the lists');

    expect(onSubmit).toHaveBeenCalledWith(2);
    expect(onClose).toHaveBeenCalled();
  });
});

describe('ExcludeEntryModal', () => {
  const exclusionLists = [
    list({ id: 7, kind: 'exclusion', system: true, name: 'Opt-out' }),
    list({ id: 8, kind: 'exclusion', name: 'Concurrents' }),
  ];

  it('moves the number to the account’s opt-out list unless another is chosen', async () => {
    const onSubmit = jest.fn().mockResolvedValue(true);
    renderWithProviders(
      <ExcludeEntryModal
        number="+33 6 12 34 56 78"
        exclusionLists={exclusionLists}
        onClose={jest.fn()}
        onSubmit={onSubmit}
      />
    );

    expect(screen.getByRole('radio', { name: 'Account opt-out list (STOP)' })).toBeChecked();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    await click('Exclude the number');
    expect(onSubmit).toHaveBeenLastCalledWith(undefined);

    fireEvent.click(screen.getByRole('radio', { name: 'Concurrents' }));
    await click('Exclude the number');
    expect(onSubmit).toHaveBeenLastCalledWith(8);
  });
});
