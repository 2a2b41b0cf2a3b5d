import * as React from 'react';

import { fireEvent, screen, within } from '@testing-library/react';

import { contact } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ContactsTable } from '../ContactsTable';

const CONTACTS = [
  { ...contact(), excluded: false, reason: null },
  {
    ...contact({ id: 101, phone: '+33798765432', firstName: null, lastName: null, email: null }),
    excluded: true,
    reason: null,
  },
  {
    ...contact({ id: 102, phone: '+32470123456', country: 'BE', firstName: 'Lotte', lastName: 'Peeters' }),
    excluded: false,
    reason: 'not-allowed-country',
  },
];

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
  it('shows the name first, the email on its details line, then the number', () => {
    renderWithProviders(<Harness />);

    const [header, first, second] = screen.getAllByRole('row');
    const headings = within(header)
      .getAllByRole('gridcell')
      .map((cell) => cell.textContent);
    expect(headings.indexOf('Name')).toBeGreaterThan(0);
    expect(headings.indexOf('Name')).toBeLessThan(headings.indexOf('Mobile number'));
    const cells = within(first).getAllByRole('gridcell');
    expect(cells[1]).toHaveTextContent('Léa Dubois');
    expect(cells[1]).toHaveTextContent('lea.dubois@example.fr');
    expect(cells[2]).toHaveTextContent('+33 6 12 34 56 78');
    expect(within(first).queryByText('Excluded')).not.toBeInTheDocument();
    expect(within(second).getByRole('button', { name: 'Edit +33 7 98 76 54 32' })).toBeInTheDocument();
  });

  it('marks a number in an exclusion list, and one outside the allowed destinations', () => {
    renderWithProviders(<Harness />);

    const [, , second, third] = screen.getAllByRole('row');
    expect(within(second).getByText('Excluded')).toBeInTheDocument();
    expect(within(third).getByText('Destination not allowed')).toBeInTheDocument();
    expect(within(third).queryByText('Excluded')).not.toBeInTheDocument();
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
    expect(onChange).toHaveBeenLastCalledWith([999, 100, 101, 102]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all contacts of this page' }));
    expect(onChange).toHaveBeenLastCalledWith([999]);
  });

  it('Given French, it names the columns as the seeds do', () => {
    renderWithProviders(<Harness />, { locale: 'fr' });

    expect(screen.getByText('Téléphone mobile')).toBeInTheDocument();
    expect(screen.getByText('Nom')).toBeInTheDocument();
    expect(screen.getByText('Exclu')).toBeInTheDocument();
    expect(screen.getByText('Destination non autorisée')).toBeInTheDocument();
  });
});
