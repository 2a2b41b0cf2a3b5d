import { act, fireEvent, screen } from '@testing-library/react';

import { entry } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { EntryFormModal } from '../EntryFormModal';

const setup = (
  onSubmit = jest.fn().mockResolvedValue({ ok: true }),
  props: Partial<React.ComponentProps<typeof EntryFormModal>> = {},
  locale: 'en' | 'fr' = 'en'
) => {
  const onOpenChange = jest.fn();
  renderWithProviders(
    <EntryFormModal open onOpenChange={onOpenChange} fields={['Prénom', 'Ville']} onSubmit={onSubmit} {...props} />,
    { locale }
  );
  return { onSubmit, onOpenChange };
};

const submit = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('EntryFormModal', () => {
  it('Given no number, it asks for one and sends nothing', async () => {
    const { onSubmit } = setup();

    await submit('Add to the list');

    expect(screen.getByText(/Enter a mobile number, e.g. 06 12 34 56 78/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('adds a contact with the number and the list’s fields, leaving empty fields out', async () => {
    const { onSubmit, onOpenChange } = setup();

    fireEvent.change(screen.getByRole('textbox', { name: /Mobile number/ }), { target: { value: ' 06 12 34 56 78 ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Prénom' }), { target: { value: 'Léa' } });
    await submit('Add to the list');

    expect(onSubmit).toHaveBeenCalledWith({ phone: '06 12 34 56 78', fields: { Prénom: 'Léa' } });
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('Given the server rejects the number, it says why next to the field, in words', async () => {
    const { onOpenChange } = setup(
      jest.fn().mockResolvedValue({ ok: false, fieldErrors: { phone: 'not-allowed-country' } })
    );

    fireEvent.change(screen.getByRole('textbox', { name: /Mobile number/ }), { target: { value: '+44 7700 900123' } });
    await submit('Add to the list');

    expect(screen.getByText('The country of this number is not among your allowed destinations')).toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalledWith(false);
  });

  it('Given an entry to edit, it starts from its number as imported and its fields', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: true });
    setup(onSubmit, { entry: entry() });

    expect(screen.getByRole('dialog', { name: 'Edit the contact' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Mobile number/ })).toHaveValue('06 12 34 56 78');
    fireEvent.change(screen.getByRole('textbox', { name: 'Ville' }), { target: { value: 'Lille' } });
    await submit('Save');

    expect(onSubmit).toHaveBeenCalledWith({ phone: '06 12 34 56 78', fields: { Prénom: 'Léa', Ville: 'Lille' } });
  });

  it('Given French, it translates the reason', async () => {
    setup(jest.fn().mockResolvedValue({ ok: false, fieldErrors: { phone: 'invalid-characters' } }), {}, 'fr');

    fireEvent.change(screen.getByRole('textbox', { name: /Téléphone mobile/ }), { target: { value: '06 ab' } });
    await submit('Ajouter à la liste');

    expect(
      screen.getByText('Contient des caractères impossibles dans un numéro (lettres, symboles)')
    ).toBeInTheDocument();
  });
});
