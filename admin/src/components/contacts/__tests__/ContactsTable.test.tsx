import * as React from 'react';

import { fireEvent, screen, within } from '@testing-library/react';

import { contact } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ContactsTable } from '../ContactsTable';

const CONTACTS = [contact(), contact({ id: 101, phone: '+33798765432', firstName: null, lastName: null, email: null })];

const Harness = ({ initial = [] as number[], onChange = jest.fn() }) => {
  const [selected, setSelected] = React.useState(new Set(initial));
  return (
    <ContactsTable
      contacts={CONTACTS}
      selected={selected}
      onSelectionChange={(next) => {
        setSelected(next);
        onChange([...next]);
      }}
      emptyMessage="Empty"
      onEdit={jest.fn()}
      onDelete={jest.fn()}
    />
  );
};

describe('ContactsTable', () => {
  it('shows number, names and email of each contact', () => {
    renderWithProviders(<Harness />);

    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).getByText('+33 6 12 34 56 78')).toBeInTheDocument();
    expect(within(first).getByText('Léa')).toBeInTheDocument();
    expect(within(first).getByText('Dubois')).toBeInTheDocument();
    expect(within(first).getByText('lea.dubois@example.fr')).toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Edit +33 7 98 76 54 32' })).toBeInTheDocument();
  });

  it('selects contacts one by one, or the whole page, and keeps selections from other pages', () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness initial={[999]} onChange={onChange} />);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Léa Dubois' }));
    expect(onChange).toHaveBeenLastCalledWith([999, 100]);
    expect(screen.getByRole('checkbox', { name: 'Select all contacts of this page' })).toHaveAttribute(
      'data-state',
      'indeterminate'
    );

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all contacts of this page' }));
    expect(onChange).toHaveBeenLastCalledWith([999, 100, 101]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all contacts of this page' }));
    expect(onChange).toHaveBeenLastCalledWith([999]);
  });

  it('Given French, it names the columns as the seeds do', () => {
    renderWithProviders(<Harness />, { locale: 'fr' });

    expect(screen.getByText('Téléphone mobile')).toBeInTheDocument();
    expect(screen.getByText('Prénom')).toBeInTheDocument();
  });
});
