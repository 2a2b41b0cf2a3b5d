import { act, fireEvent, screen, within } from '@testing-library/react';

import { list } from '../../../../__tests__/fixtures';
import { renderWithProviders } from '../../../../__tests__/renderWithProviders';
import { AudienceSummaryView } from '../AudienceSummaryView';
import { ExclusionPicker } from '../ExclusionPicker';
import { ListPicker } from '../ListPicker';
import { ManualNumbers, splitTypedNumbers, typedFieldNames } from '../ManualNumbers';

describe('ListPicker', () => {
  it('Given two chosen lists, Then each shows its contacts and dates, and can be removed', () => {
    const onRemove = jest.fn();
    const chosen = [list({ id: 1, name: 'Clients 2026', contactCount: 1200 }), list({ id: 2, name: 'Prospects' })];
    renderWithProviders(
      <ListPicker
        chosen={chosen}
        candidates={[]}
        isLoading={false}
        onSearch={jest.fn()}
        onAdd={jest.fn()}
        onRemove={onRemove}
      />
    );
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Clients 2026')).toBeInTheDocument();
    expect(within(rows[1]).getByText('1,200')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Last used')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Created')).toBeInTheDocument();
    // Name, contacts and the remove button: the dates are a line under the name, to fit at 1280 px.
    expect(screen.getByRole('grid')).toHaveAttribute('aria-colcount', '3');
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Prospects”' }));
    expect(onRemove).toHaveBeenCalledWith(chosen[1]);
  });

  it('Given a name typed, Then the server is asked, and every list it found is offered (no second filter here)', async () => {
    const onSearch = jest.fn();
    const onAdd = jest.fn();
    const found = [
      list({ id: 3, name: 'Été 2026', contactCount: 40 }),
      list({ id: 4, name: 'Clients fête des mères' }),
    ];
    renderWithProviders(
      <ListPicker
        chosen={[]}
        candidates={found}
        isLoading={false}
        onSearch={onSearch}
        onAdd={onAdd}
        onRemove={jest.fn()}
      />
    );
    const box = screen.getByRole('combobox', { name: 'Add a contact list' });
    // The list opens when a printable key is released, as when the user types.
    await act(async () => {
      fireEvent.change(box, { target: { value: 'ete' } });
      fireEvent.keyUp(box, { key: 'e' });
    });
    expect(onSearch).toHaveBeenLastCalledWith('ete');
    const option = await screen.findByRole('option', { name: 'Été 2026 — 40 contacts' });
    expect(screen.getByRole('option', { name: /Clients fête des mères/ })).toBeInTheDocument();
    await act(async () => {
      fireEvent.pointerUp(option);
    });
    expect(onAdd).toHaveBeenCalledWith(found[0]);
    expect(onSearch).toHaveBeenLastCalledWith('');
  });

  it('Given no list yet, Then the user is told to add one', () => {
    renderWithProviders(
      <ListPicker
        chosen={[]}
        candidates={[]}
        isLoading={false}
        onSearch={jest.fn()}
        onAdd={jest.fn()}
        onRemove={jest.fn()}
      />
    );
    expect(screen.getByText(/No list chosen yet/)).toBeInTheDocument();
  });
});

describe('ExclusionPicker', () => {
  const optOut = list({ id: 9, name: 'opt-outs', kind: 'exclusion', system: true });
  const vip = list({ id: 10, name: 'Ne pas relancer', kind: 'exclusion', contactCount: 3 });

  it('Given a marketing campaign, Then the account’s opt-out list is ticked and locked, other lists are free', () => {
    const onChange = jest.fn();
    renderWithProviders(<ExclusionPicker kind="marketing" lists={[optOut, vip]} chosenIds={[]} onChange={onChange} />);
    const locked = screen.getByRole('checkbox', { name: 'Account opt-out list' });
    expect(locked).toBeChecked();
    expect(locked).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ne pas relancer' }));
    expect(onChange).toHaveBeenCalledWith([10]);
  });

  it('Given a notification, Then the opt-out list is a choice like the others', () => {
    renderWithProviders(<ExclusionPicker kind="notification" lists={[optOut]} chosenIds={[]} onChange={jest.fn()} />);
    expect(screen.getByRole('checkbox', { name: 'Account opt-out list' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Account opt-out list' })).toBeEnabled();
  });
});

describe('AudienceSummaryView', () => {
  it('Given the server’s summary, Then every figure and the destinations by country are shown', () => {
    renderWithProviders(
      <AudienceSummaryView
        isLoading={false}
        summary={{
          recipients: 11,
          valid: 6,
          invalid: 2,
          notAllowed: 1,
          duplicates: 1,
          optedOut: 1,
          excluded: 0,
          byCountry: [
            { country: 'FR', count: 5 },
            { country: 'RE', count: 1 },
          ],
          fields: [],
        }}
      />,
      { locale: 'fr' }
    );
    expect(screen.getByText('Le recevront').nextSibling).toHaveTextContent('6');
    expect(screen.getByText('Numéros invalides').nextSibling).toHaveTextContent('2');
    expect(screen.getByText('Destinations non autorisées').nextSibling).toHaveTextContent('1');
    expect(screen.getByText('France')).toBeInTheDocument();
    expect(screen.getByText('La Réunion')).toBeInTheDocument();
  });
});

describe('numbers typed by hand', () => {
  it('Given lines, commas and semicolons, When split, Then each number stands alone and blanks are dropped', () => {
    expect(splitTypedNumbers('06 12 34 56 78\n07 98 76 54 32; +33 6 11 22 33 44,\n\n')).toEqual([
      '06 12 34 56 78',
      '07 98 76 54 32',
      '+33 6 11 22 33 44',
    ]);
  });

  it("Given no chosen list, Then a typed number offers seed 001's fields under the directory's names; else the lists' fields", () => {
    expect(typedFieldNames([])).toEqual(['Civilité', 'Prénom', 'Nom', 'Email']);
    expect(typedFieldNames([['Prénom', 'Ville'], null, ['Ville', 'Code']])).toEqual(['Prénom', 'Ville', 'Code']);
  });

  it('Given a number typed and Enter, When its first name is filled and the rows added, Then each row carries its own filled fields', async () => {
    const onCreate = jest.fn().mockResolvedValue(true);
    renderWithProviders(<ManualNumbers fieldNames={['Prénom', 'Nom']} onCreate={onCreate} />);
    const input = screen.getByRole('textbox', { name: 'Type numbers by hand' });
    fireEvent.change(input, { target: { value: '06 12 34 56 78' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: '07 98 76 54 32; 06 11 22 33 44' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(input).toHaveValue('');
    const firstNames = screen.getAllByRole('textbox', { name: 'Prénom' });
    expect(firstNames).toHaveLength(3);
    fireEvent.change(firstNames[0], { target: { value: ' Jérôme ' } });
    fireEvent.change(screen.getAllByRole('textbox', { name: 'Nom' })[2], { target: { value: 'Noël' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove 07 98 76 54 32' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add these 2 numbers' }));
    });
    expect(onCreate).toHaveBeenCalledWith([
      { phone: '06 12 34 56 78', fields: { Prénom: 'Jérôme' } },
      { phone: '06 11 22 33 44', fields: { Nom: 'Noël' } },
    ]);
    expect(screen.queryAllByRole('textbox', { name: 'Prénom' })).toHaveLength(0);
  });
});
