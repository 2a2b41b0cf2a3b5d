import { act, fireEvent, screen, within } from '@testing-library/react';

import { attribute } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { AttributeFormModal, suggestVariable } from '../AttributeFormModal';
import { AttributesTable } from '../AttributesTable';

const ATTRIBUTES = [
  attribute({ id: 1, name: 'Prénom', variable: 'Prénom', builtIn: true }),
  attribute({ id: 2, name: 'Points fidélité', type: 'integer', variable: 'Points' }),
  attribute({ id: 3, name: 'Client VIP', type: 'boolean', variable: 'VIP' }),
];

describe('AttributesTable', () => {
  it('shows name, type and the variable to write in a message; built-in attributes cannot be deleted', () => {
    const onDelete = jest.fn();
    renderWithProviders(
      <AttributesTable attributes={ATTRIBUTES} emptyMessage="" onEdit={jest.fn()} onDelete={onDelete} />
    );

    const [, first, second, third] = screen.getAllByRole('row');
    expect(within(first).getByText('${Prénom}')).toBeInTheDocument();
    expect(within(first).getByText('Built-in')).toBeInTheDocument();
    expect(within(first).queryByRole('button', { name: 'Delete Prénom' })).not.toBeInTheDocument();
    expect(within(second).getByText('Whole number')).toBeInTheDocument();
    expect(within(second).getByText('${Points}')).toBeInTheDocument();
    expect(within(third).getByText('Yes / no')).toBeInTheDocument();

    fireEvent.click(within(second).getByRole('button', { name: 'Delete Points fidélité' }));
    expect(onDelete).toHaveBeenCalledWith(ATTRIBUTES[1]);
  });

  it('Given French, it uses the seeds’ type names', () => {
    renderWithProviders(
      <AttributesTable attributes={ATTRIBUTES} emptyMessage="" onEdit={jest.fn()} onDelete={jest.fn()} />,
      {
        locale: 'fr',
      }
    );

    expect(screen.getByText('Nombre entier')).toBeInTheDocument();
    expect(screen.getByText('Booléen – vrai / faux')).toBeInTheDocument();
    expect(screen.getByText('Par défaut')).toBeInTheDocument();
  });
});

describe('AttributeFormModal', () => {
  const submit = async (name: string) => {
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name }));
    });
  };

  it('suggests the variable from the name until the user writes their own', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: true });
    renderWithProviders(<AttributeFormModal open onOpenChange={jest.fn()} onSubmit={onSubmit} />);

    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Ville (livraison)' } });
    expect(screen.getByRole('textbox', { name: /Variable/ })).toHaveValue('Ville livraison');
    expect(
      screen.getByText('Write ${Ville livraison} in a message to insert each contact’s value.')
    ).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: /Variable/ }), { target: { value: 'Ville_livraison' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Ville de livraison' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Date' }));
    await submit('Create the attribute');

    expect(onSubmit).toHaveBeenCalledWith({ name: 'Ville de livraison', type: 'date', variable: 'Ville_livraison' });
  });

  it('Given a variable with characters a message cannot call, it explains the rule and sends nothing', async () => {
    const onSubmit = jest.fn();
    renderWithProviders(<AttributeFormModal open onOpenChange={jest.fn()} onSubmit={onSubmit} />);

    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Code' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Variable/ }), { target: { value: 'code}' } });
    await submit('Create the attribute');

    expect(screen.getByText(/Use up to 60 letters, digits, spaces, hyphens or underscores/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Given an attribute to edit, it keeps its variable when the name changes', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: true });
    renderWithProviders(
      <AttributeFormModal open onOpenChange={jest.fn()} attribute={ATTRIBUTES[1]} onSubmit={onSubmit} />
    );

    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Points' } });
    await submit('Save');

    expect(onSubmit).toHaveBeenCalledWith({ name: 'Points', type: 'integer', variable: 'Points' });
  });

  it('suggestVariable keeps accents and drops what a variable cannot hold', () => {
    expect(suggestVariable('  Date d’anniversaire ! ')).toBe('Date danniversaire');
    expect(suggestVariable('Prénom')).toBe('Prénom');
  });
});
