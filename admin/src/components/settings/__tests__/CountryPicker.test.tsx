import * as React from 'react';

import { Field } from '@strapi/design-system';
import { act, fireEvent, screen } from '@testing-library/react';

import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { getCountryOptions } from '../../../utils/countries';
import { CountryPicker } from '../CountryPicker';

const OPTIONS = getCountryOptions('en').filter((option) => ['FR', 'BE', 'RE', 'GP'].includes(option.code));

const Harness = ({ initial }: { initial: string[] }) => {
  const [value, setValue] = React.useState(initial);
  return (
    <Field.Root name="allowedCountries">
      <Field.Label>Allowed destination countries</Field.Label>
      <CountryPicker value={value} options={OPTIONS} onChange={setValue} />
      <output aria-label="chosen">{value.join(',')}</output>
    </Field.Root>
  );
};

describe('CountryPicker', () => {
  it('names countries in the user’s language with their calling code', () => {
    expect(getCountryOptions('fr').find((option) => option.code === 'RE')).toEqual({
      code: 'RE',
      name: 'La Réunion',
      callingCode: '+262',
    });
  });

  it('Given a country typed and picked, it adds it and empties the search', async () => {
    renderWithProviders(<Harness initial={['FR']} />);
    const search = screen.getByRole('combobox', { name: 'Allowed destination countries' });

    // The list opens when a printable key is released, as when the user types.
    await act(async () => {
      fireEvent.change(search, { target: { value: 'Belg' } });
      fireEvent.keyUp(search, { key: 'g' });
    });
    const belgium = await screen.findByRole('option', { name: 'Belgium (+32)' });
    expect(screen.queryByRole('option', { name: 'Réunion (+262)' })).not.toBeInTheDocument();
    await act(async () => {
      fireEvent.pointerUp(belgium);
    });

    expect(screen.getByLabelText('chosen')).toHaveTextContent('BE,FR');
    expect(screen.getByText('Belgium (+32)', { selector: 'span' })).toBeInTheDocument();
    expect(search).toHaveValue('');
  });

  it('Given a tag’s remove button, it removes that country only', () => {
    renderWithProviders(<Harness initial={['FR', 'GP']} />);

    fireEvent.click(screen.getByRole('button', { name: 'Remove Guadeloupe' }));

    expect(screen.getByLabelText('chosen')).toHaveTextContent(/^FR$/);
  });
});
