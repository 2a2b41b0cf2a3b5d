import { act, fireEvent, screen } from '@testing-library/react';

import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { segmentCapacity } from '../LimitsSection';
import { TopUpForm } from '../TopUpForm';

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add credits' }));
  });
};

describe('TopUpForm', () => {
  it('Given no amount, it asks for a positive whole number and adds nothing', async () => {
    const onSubmit = jest.fn();
    renderWithProviders(<TopUpForm onSubmit={onSubmit} />);

    await submit();

    expect(screen.getByText('Enter a whole number of credits greater than 0.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Given an amount and a note, it adds the credits and empties the form', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ ok: true });
    renderWithProviders(<TopUpForm onSubmit={onSubmit} />);

    fireEvent.change(screen.getByRole('textbox', { name: /Credits to add/ }), { target: { value: '5000' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Commande 2026-014' } });
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({ amount: 5000, note: 'Commande 2026-014' });
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('');
  });
});

describe('segmentCapacity', () => {
  it('matches the sizes of single and concatenated SMS', () => {
    expect(segmentCapacity(1)).toEqual({ gsm: 160, unicode: 70 });
    expect(segmentCapacity(6)).toEqual({ gsm: 918, unicode: 402 });
  });
});
