import * as React from 'react';

import { Field } from '@strapi/design-system';
import { act, fireEvent, screen } from '@testing-library/react';

import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { formatTimeZone, getTimeZones } from '../../../utils/timeZones';
import { SearchableSelect } from '../SearchableSelect';

const ZONES = getTimeZones('Europe/Paris').map((zone) => ({ value: zone, label: formatTimeZone(zone) }));

const Harness = ({ onChange }: { onChange: (zone: string) => void }) => {
  const [value, setValue] = React.useState('Europe/Paris');
  return (
    <Field.Root name="timeZone">
      <Field.Label>Time zone</Field.Label>
      <SearchableSelect
        value={value}
        options={ZONES}
        placeholder="Type a city"
        noOptionsMessage="No time zone matches"
        onChange={(zone) => {
          setValue(zone);
          onChange(zone);
        }}
      />
    </Field.Root>
  );
};

describe('SearchableSelect', () => {
  it('shows the label of the current value, even in a list too long to render at once', () => {
    expect(ZONES.length).toBeGreaterThan(100);
    renderWithProviders(<Harness onChange={jest.fn()} />);

    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('Europe/Paris');
  });

  it('Given a few letters typed, it offers the matching options and selects the one picked', async () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });

    await act(async () => {
      fireEvent.change(input, { target: { value: 'Reun' } });
      fireEvent.keyUp(input, { key: 'n' });
    });
    await act(async () => {
      fireEvent.pointerUp(await screen.findByRole('option', { name: 'Indian/Reunion' }));
    });

    expect(onChange).toHaveBeenCalledWith('Indian/Reunion');
    expect(input).toHaveValue('Indian/Reunion');
  });
});
