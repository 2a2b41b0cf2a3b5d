import { act, fireEvent, screen, within } from '@testing-library/react';

import { entry } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { EntriesTable } from '../EntriesTable';

const handlers = () => ({ onEdit: jest.fn(), onDelete: jest.fn(), onExclude: jest.fn() });

const ENTRIES = [
  entry(),
  entry({
    id: 11,
    line: 3,
    phoneRaw: '0692 12 34 56',
    phone: '+262692123456',
    country: 'RE',
    fields: { Prénom: 'Hugo' },
    excluded: true,
  }),
  entry({
    id: 12,
    line: 4,
    phoneRaw: '06 12',
    phone: null,
    country: null,
    valid: false,
    reason: 'too-short',
    fields: null,
  }),
];

describe('EntriesTable', () => {
  it('shows each line with its number in international format, country, the list’s fields and validity', () => {
    renderWithProviders(
      <EntriesTable entries={ENTRIES} fields={['Prénom', 'Ville']} emptyMessage="" {...handlers()} />
    );

    const header = screen.getAllByRole('row')[0];
    expect(
      within(header)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
    ).toEqual(['Mobile number', 'Prénom', 'Ville', 'Actions']);
    const [, first, second, third] = screen.getAllByRole('row');
    expect(within(first).getByText('+33 6 12 34 56 78')).toBeInTheDocument();
    expect(within(first).getByText('Lyon')).toBeInTheDocument();
    expect(within(first).getByText('Valid')).toBeInTheDocument();
    expect(within(second).getByText('+262 692 12 34 56')).toBeInTheDocument();
    expect(within(second).getByText(/^Line \d+ · RE$/)).toBeInTheDocument();
    expect(within(second).getByText('Excluded')).toBeInTheDocument();
    expect(within(third).getByText('06 12')).toBeInTheDocument();
    expect(within(third).getByText('Invalid')).toBeInTheDocument();
    expect(within(third).getByText('Too short to be a phone number')).toBeInTheDocument();
  });

  it('offers to move a valid number to an exclusion list, and hands over the entry', async () => {
    const on = handlers();
    renderWithProviders(<EntriesTable entries={ENTRIES} fields={[]} emptyMessage="" {...on} />);

    fireEvent.click(screen.getByRole('button', { name: 'Edit +33 6 12 34 56 78' }));
    expect(on.onEdit).toHaveBeenCalledWith(ENTRIES[0]);

    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: 'More actions on +33 6 12 34 56 78' }), { key: 'Enter' });
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('menuitem', { name: 'Move to an exclusion list' }));
    });
    expect(on.onExclude).toHaveBeenCalledWith(ENTRIES[0]);
  });

  it('Given a number already excluded, it only offers to remove it from the list', async () => {
    renderWithProviders(<EntriesTable entries={ENTRIES} fields={[]} emptyMessage="" {...handlers()} />);

    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: 'More actions on +262 692 12 34 56' }), { key: 'Enter' });
    });

    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Remove from the list']);
  });

  it('Given French, it explains an invalid number in French', () => {
    renderWithProviders(<EntriesTable entries={[ENTRIES[2]]} fields={[]} emptyMessage="" {...handlers()} />, {
      locale: 'fr',
    });

    expect(screen.getByText('Invalide')).toBeInTheDocument();
    expect(screen.getByText('Trop court pour être un numéro de téléphone')).toBeInTheDocument();
    expect(screen.getByText('Téléphone mobile')).toBeInTheDocument();
  });
});
