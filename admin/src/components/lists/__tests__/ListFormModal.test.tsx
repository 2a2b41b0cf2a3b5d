import { act, fireEvent, screen } from '@testing-library/react';

import { list } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ListFormModal } from '../ListFormModal';

const setup = (props: Partial<React.ComponentProps<typeof ListFormModal>> = {}, locale: 'en' | 'fr' = 'en') => {
  const onSubmit = jest.fn().mockResolvedValue({ ok: true });
  const onOpenChange = jest.fn();
  renderWithProviders(
    <ListFormModal
      open
      onOpenChange={onOpenChange}
      title="New list"
      submitLabel="Create the list"
      onSubmit={onSubmit}
      {...props}
    />,
    { locale }
  );
  return { onSubmit: (props.onSubmit as jest.Mock) ?? onSubmit, onOpenChange };
};

const submit = async (name = 'Create the list') => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('ListFormModal', () => {
  it('starts as the seeds do: expiring after 3 months without use', () => {
    setup();

    expect(screen.getByRole('radio', { name: 'Expires when unused' })).toBeChecked();
    expect(screen.getByText('3 months')).toBeInTheDocument();
  });

  it('Given no name, it asks for one and sends nothing', async () => {
    const { onSubmit } = setup();

    await submit();

    expect(screen.getByText('Give the list a name of up to 200 characters.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Given a name and description, it creates an expiring list', async () => {
    const { onSubmit, onOpenChange } = setup();

    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: '  Salon 2026 ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Description' }), { target: { value: 'Visiteurs du stand' } });
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Salon 2026',
      description: 'Visiteurs du stand',
      persistence: 'expiring',
      expiresAfterMonths: 3,
    });
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('Given a permanent list, it hides the period and sends none', async () => {
    const { onSubmit } = setup();

    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Clients' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Permanent' }));
    expect(screen.queryByText('3 months')).not.toBeInTheDocument();
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({ name: 'Clients', description: '', persistence: 'permanent' });
  });

  it('Given a list to edit, it starts from its values', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: true });
    setup({
      initial: list({ description: 'Fidèles', persistence: 'expiring', expiresAfterMonths: 6 }),
      submitLabel: 'Save',
      onSubmit,
    });

    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Clients fidèles');
    expect(screen.getByText('6 months')).toBeInTheDocument();
    await submit('Save');

    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Clients fidèles',
      description: 'Fidèles',
      persistence: 'expiring',
      expiresAfterMonths: 6,
    });
  });

  it('Given an exclusion list, it asks for neither persistence nor description when told not to', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: true });
    setup({ withPersistence: false, withDescription: false, onSubmit });

    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Concurrents' } });
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({ name: 'Concurrents' });
  });

  it('Given the server rejects the name, it shows the error next to the field and stays open', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: false, fieldErrors: { name: 'Too long' } });
    const { onOpenChange } = setup({ onSubmit });

    fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value: 'Clients' } });
    await submit();

    expect(screen.getByText('Give the list a name of up to 200 characters.')).toBeInTheDocument();
    expect(onOpenChange).not.toHaveBeenCalledWith(false);
  });

  it('Given French, it uses the seeds’ “Pérennité de la liste”', () => {
    setup({}, 'fr');

    expect(screen.getByText('Pérennité de la liste')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Pérenne' })).toBeInTheDocument();
    expect(screen.getByText('3 mois')).toBeInTheDocument();
  });
});
