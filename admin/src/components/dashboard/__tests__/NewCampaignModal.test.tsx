import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { NewCampaignModal } from '../NewCampaignModal';

const setup = (onSubmit = jest.fn().mockResolvedValue({ ok: true })) => {
  const onOpenChange = jest.fn();
  renderWithProviders(<NewCampaignModal open onOpenChange={onOpenChange} onSubmit={onSubmit} />);
  return { onSubmit, onOpenChange };
};

const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }));
  });
};

describe('NewCampaignModal', () => {
  it('opens on the first step with SMS and marketing chosen', () => {
    setup();

    expect(screen.getByRole('dialog', { name: 'New campaign' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'SMS' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Marketing' })).toBeChecked();
    expect(screen.getByText(/the message carries the STOP mention/)).toBeInTheDocument();
  });

  it('Given no name, it asks for one and sends nothing', async () => {
    const { onSubmit } = setup();

    await submit();

    expect(screen.getByText('Give the campaign a name of up to 200 characters.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Given a notification, it warns that notifications must not be commercial and creates an SMS draft', async () => {
    const { onSubmit, onOpenChange } = setup();

    expect(screen.queryByRole('radio', { name: 'Voicemail drop' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Notification' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Campaign name/ }), { target: { value: '  Rappel RDV  ' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Billing code' }), { target: { value: 'AGENCE-12' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Treat as proof (BAT)' }));

    expect(screen.getByText('A notification must not carry any commercial message')).toBeInTheDocument();
    await submit();

    expect(onSubmit).toHaveBeenCalledWith({
      name: 'Rappel RDV',
      channel: 'sms',
      kind: 'notification',
      isProof: true,
      billingCode: 'AGENCE-12',
    });
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it('Given the server rejects a field, it shows the error next to that field and stays open', async () => {
    const { onOpenChange } = setup(jest.fn().mockResolvedValue({ ok: false, fieldErrors: { name: 'Too long' } }));

    fireEvent.change(screen.getByRole('textbox', { name: /Campaign name/ }), { target: { value: 'Soldes' } });
    await submit();

    await waitFor(() =>
      expect(screen.getByText('Give the campaign a name of up to 200 characters.')).toBeInTheDocument()
    );
    expect(onOpenChange).not.toHaveBeenCalledWith(false);
  });
});
