import * as React from 'react';

import { fireEvent, screen } from '@testing-library/react';

import type { ColumnMapping } from '../../../../../server/src/contracts';
import { attribute } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ColumnMappingTable } from '../ColumnMappingTable';

const ATTRIBUTES = [
  attribute({ id: 1, name: 'Prénom', variable: 'Prénom', builtIn: true }),
  attribute({ id: 2, name: 'Naissance', variable: 'Naissance' }),
];

/** The table as the format step holds it: the mapping in state, changed by the table. */
const Harness = ({ initial }: { initial: ColumnMapping[] }) => {
  const [mapping, setMapping] = React.useState(initial);
  return (
    <ColumnMappingTable
      headers={['Portable', 'Naissance', 'Fidélité']}
      sampleRows={[
        ['0612345678', '14/07/1989', 'or'],
        ['0698765432', '01/02/2001', 'argent'],
      ]}
      phoneColumn={0}
      attributes={ATTRIBUTES}
      mapping={mapping}
      problems={{}}
      disabled={false}
      onChange={(index, entry) => setMapping((current) => current.map((item, i) => (i === index ? entry : item)))}
    />
  );
};

const newAttribute = (name: string, variable: string): ColumnMapping => ({
  action: 'new-attribute',
  attribute: { name, variable, type: 'text' },
});

describe('ColumnMappingTable', () => {
  it('Given a new attribute, the variable follows its name as it is typed, and a clash is said at once', () => {
    renderWithProviders(
      <Harness initial={[{ action: 'skip' }, { action: 'skip' }, newAttribute('Fidélité', 'Fidélité')]} />
    );

    const name = screen.getByRole('textbox', { name: 'Attribute name' });
    fireEvent.change(name, { target: { value: 'Naissance' } });

    expect(screen.getByRole('textbox', { name: 'Variable' })).toHaveValue('Naissance');
    expect(
      screen.getByText(
        'An attribute already uses this variable: choose that attribute in the list, or another variable.'
      )
    ).toBeInTheDocument();

    fireEvent.change(name, { target: { value: 'Niveau' } });
    expect(screen.getByRole('textbox', { name: 'Variable' })).toHaveValue('Niveau');
    expect(screen.queryByText(/An attribute already uses this variable/)).not.toBeInTheDocument();
  });
});
