import { act, fireEvent, screen } from '@testing-library/react';

import { attribute, contact } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ContactFormModal } from '../ContactFormModal';

const ATTRIBUTES = [
  attribute({ id: 1, name: 'Prénom', variable: 'Prénom', builtIn: true }),
  attribute({ id: 2, name: 'Ville', variable: 'Ville' }),
  attribute({ id: 3, name: 'Points fidélité', type: 'integer', variable: 'Points' }),
  attribute({ id: 4, name: 'Client VIP', type: 'boolean', variable: 'VIP' }),
  attribute({ id: 5, name: 'Date de naissance', type: 'date', variable: 'Naissance' }),
];

const setup = (props: Partial<React.ComponentProps<typeof ContactFormModal>> = {}) => {
  const onSubmit = jest.fn().mockResolvedValue({ ok: true });
  const onOpenChange = jest.fn();
  renderWithProviders(
    <ContactFormModal open onOpenChange={onOpenChange} attributes={ATTRIBUTES} onSubmit={onSubmit} {...props} />
  );
  return { onSubmit: (props.onSubmit as jest.Mock) ?? onSubmit, onOpenChange };
};

const submit = async (name = 'Add the contact') => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('ContactFormModal', () => {
  it('asks for the fixed fields, then one input per custom attribute of its type', () => {
    setup();

    expect(screen.getByRole('textbox', { name: /Mobile number/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ville' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Points fidélité' })).toBeInTheDocument();
    expect(screen.getByLabelText('Date de naissance')).toHaveAttribute('type', 'date');
    expect(screen.getByRole('radio', { name: 'Not set' })).toBeChecked();
    // The built-in "Prénom" is the fixed "First name" field, not a second input.
    expect(screen.queryByRole('textbox', { name: 'Prénom' })).not.toBeInTheDocument();
  });

  it('Given a bad email and a number of points that is not a whole number, it says so next to each', async () => {
    const { onSubmit } = setup();

    type(/Mobile number/, '06 12 34 56 78');
    type('Email', 'lea@');
    type('Points fidélité', '12,5');
    await submit();

    expect(screen.getByText('Enter an email address such as name@example.com.')).toBeInTheDocument();
    expect(screen.getByText('Enter a whole number, e.g. 42.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends typed attribute values and leaves unset ones out', async () => {
    const { onSubmit, onOpenChange } = setup();

    type(/Mobile number/, '06 12 34 56 78');
    type('First name', 'Léa');
    type('Points fidélité', '120');
    type('Date de naissance', '1990-05-17');
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({
      phone: '06 12 34 56 78',
      firstName: 'Léa',
      email: '',
      attributes: { Points: 120, VIP: true, Naissance: '1990-05-17' },
    });
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('Given a contact to edit, an emptied attribute is sent as null so that it is cleared', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: true });
    setup({ contact: contact({ attributes: { Ville: 'Lyon', VIP: false } }), onSubmit });

    expect(screen.getByRole('textbox', { name: 'Ville' })).toHaveValue('Lyon');
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    type('Ville', '');
    await submit('Save');

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ phone: '+33612345678', attributes: { Ville: null, VIP: false } })
    );
  });

  it('Given the server rejects the number, it says why next to it', async () => {
    setup({ onSubmit: jest.fn().mockResolvedValue({ ok: false, fieldErrors: { phone: 'invalid-number' } }) });

    type(/Mobile number/, '06 00 00 00 00');
    await submit();

    expect(screen.getByText('This number does not exist in its country’s numbering plan')).toBeInTheDocument();
  });
});
