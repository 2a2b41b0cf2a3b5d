import { act, fireEvent, screen, waitFor } from '@testing-library/react';

import type { Settings } from '../../../../../server/src/contracts';
import { settings } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { useSettingsForm } from '../../../hooks/useSettingsForm';
import { SettingsForm } from '../SettingsForm';

/** The form as the Settings page wires it, with what it would send exposed to the test. */
const Harness = ({ saved, onValid }: { saved: Settings; onValid: (values: Settings) => void }) => {
  const form = useSettingsForm(saved);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        const values = form.validate();
        if (values) onValid(values);
      }}
    >
      <SettingsForm values={form.values} errors={form.errors} onChange={form.setField} />
      <button type="submit" disabled={!form.isDirty}>
        Save
      </button>
    </form>
  );
};

const setup = (saved = settings()) => {
  const onValid = jest.fn();
  renderWithProviders(<Harness saved={saved} onValid={onValid} />);
  return { onValid };
};

const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  });
};

const input = (name: RegExp | string) => screen.getByRole('textbox', { name });

describe('SettingsForm', () => {
  it('shows every setting with its current value', async () => {
    setup();
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Time zone/ })).toHaveValue('Europe/Paris'));

    expect(input('Default SMS sender')).toHaveValue('BOUTIQUE');
    expect(input('Default voicemail-drop sender')).toHaveValue('');
    expect(input(/STOP short code/)).toHaveValue('36184');
    expect(
      screen.getByText('Monday to Saturday, 08:00–20:00, except public holidays (operator rule)')
    ).toBeInTheDocument();
    expect(screen.getByText('Monday to Friday, 10:00–13:00 and 14:00–20:00')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Time zone/ })).toHaveValue('Europe/Paris');
    expect(screen.getByText('Mainland France')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Default country/ })).toHaveValue('France (+33)');
    expect(screen.getByText('France (+33)', { selector: 'span' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Unlimited account' })).toBeChecked();
    expect(screen.getByText('3 months')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Maximum SMS per message/ })).toHaveValue('6');
  });

  it('previews the STOP mention and explains what the segment limit allows', () => {
    setup();

    expect(screen.getByText('Marketing SMS end with “STOP 36184”, counted in their length.')).toBeInTheDocument();
    expect(screen.getByText(/6 concatenated SMS hold up to 918 characters, or 402/)).toBeInTheDocument();

    fireEvent.change(input(/STOP short code/), { target: { value: '38100' } });
    expect(screen.getByText('Marketing SMS end with “STOP 38100”, counted in their length.')).toBeInTheDocument();
  });

  it('keeps Save disabled until something changes', () => {
    setup();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    fireEvent.change(input('Default SMS sender'), { target: { value: 'MAGASIN' } });
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();

    fireEvent.change(input('Default SMS sender'), { target: { value: 'BOUTIQUE' } });
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('Given an invalid short code and no allowed country, it says what to fix and sends nothing', async () => {
    const { onValid } = setup();

    fireEvent.change(input(/STOP short code/), { target: { value: '36' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove France' }));
    await save();

    expect(onValid).not.toHaveBeenCalled();
    expect(
      screen.getByText('Enter the 4 to 6 digit short code that receives STOP replies, e.g. 36184.')
    ).toBeInTheDocument();
    expect(screen.getByText('Choose at least one country.')).toBeInTheDocument();
  });

  it.each([
    ['0612345678', 'A phone number cannot be a sender: use your brand name, e.g. MaBoutique.'],
    ['Boulangère', 'Remove the accent from “è”: operators refuse accented letters in a sender.'],
    ['Ma Boutique', 'Remove the spaces: a sender is one word of letters and digits, e.g. MaBoutique.'],
    ['Shop!', 'Remove “!”: only letters A to Z and digits are allowed.'],
    ['36184', 'Add at least one letter: operators refuse a sender made only of digits.'],
  ])('Given the SMS sender %p, it says which rule it breaks and saves nothing', async (sender, expected) => {
    const { onValid } = setup();

    fireEvent.change(input('Default SMS sender'), { target: { value: sender } });
    expect(screen.getByText(expected)).toBeInTheDocument();
    await save();

    expect(onValid).not.toHaveBeenCalled();
    expect(screen.getByText(expected)).toBeInTheDocument();
    expect(screen.queryByText(/Use at most 11 characters/)).not.toBeInTheDocument();
  });

  it('Given a pasted 12-character sender, it keeps all 12, says it is too long and saves nothing', async () => {
    const { onValid } = setup();

    fireEvent.change(input('Default SMS sender'), { target: { value: 'BoutiqueLyon' } });
    expect(input('Default SMS sender')).toHaveValue('BoutiqueLyon');
    expect(input('Default SMS sender')).not.toHaveAttribute('maxlength');
    await save();

    expect(onValid).not.toHaveBeenCalled();
    expect(screen.getByText('Use at most 11 characters: this one has 12.')).toBeInTheDocument();
  });

  it('Given French and a refused sender, the rule is said in French', () => {
    renderWithProviders(<Harness saved={settings()} onValid={jest.fn()} />, { locale: 'fr' });

    fireEvent.change(input('Émetteur SMS par défaut'), { target: { value: 'Boulangère' } });
    expect(
      screen.getByText("Retirez l'accent de « è » : les opérateurs refusent les lettres accentuées dans un émetteur.")
    ).toBeInTheDocument();
  });

  it('Given valid changes, it sends the whole settings object the server expects', async () => {
    const { onValid } = setup();

    fireEvent.change(input('Default voicemail-drop sender'), { target: { value: '0186921026' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Limited credits' }));
    await save();

    expect(onValid).toHaveBeenCalledWith(settings({ voiceSender: '0186921026', creditMode: 'limited' }));
  });

  it('Given French, it speaks French', () => {
    const onValid = jest.fn();
    renderWithProviders(<Harness saved={settings({ listRetentionMonths: null })} onValid={onValid} />, {
      locale: 'fr',
    });

    expect(screen.getByRole('textbox', { name: 'Émetteur SMS par défaut' })).toBeInTheDocument();
    expect(screen.getByText('Conserver sans limite')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Compte illimité' })).toBeChecked();
  });
});
