import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { analyzeMessage } from '../../../../../../server/src/core/analyze';
import { maxRenderedLength, worstCaseMessage } from '../../../../../../server/src/core/counter';

import { audience, emptyValue, field, line, SETTINGS } from './fixtures';
import { messageBox, setup } from './harness';

// The real module boots the whole Strapi admin; the step only needs its fetch client and app components.
const mockClient = { get: jest.fn(), post: jest.fn(), put: jest.fn(), del: jest.fn() };
jest.mock('@strapi/strapi/admin', () => ({
  useFetchClient: () => mockClient,
  useStrapiApp: () => undefined,
}));

beforeEach(() => {
  mockClient.get.mockReset().mockResolvedValue({ data: { data: [] } });
});

const counterText = () => screen.getByTestId('sms-counter').textContent;
const expected = (analysis: { segments: number; units: number; unitsPerSegment: number }) =>
  `${analysis.segments} SMS — ${analysis.units}/${Math.max(analysis.segments, 1) * analysis.unitsPerSegment}`;

describe('MessageStep counter', () => {
  it.each([
    ['a 150-character GSM text, 160 with its STOP line', 'a'.repeat(149)],
    ['a 151-character GSM text, 161 with its STOP line', 'a'.repeat(150)],
    ['a text with ç (replaced by default)', 'Reçu : votre commande est prête.'],
    ['a text with extension characters', 'Prix : 15€ [promo] {code}'],
  ])('Given %s, it shows what core counts for the text and its STOP mention', (_, message) => {
    setup({ initial: emptyValue({ message }) });
    const core = analyzeMessage(`${message}\nSTOP 36184`, { maxSegments: 6 });
    expect(counterText()).toBe(expected(core));
  });

  it('Given the 160/161 boundary, core says 1 SMS then 2 and the counter follows it', () => {
    const one = analyzeMessage(`${'a'.repeat(149)}\nSTOP 36184`);
    const two = analyzeMessage(`${'a'.repeat(150)}\nSTOP 36184`);
    expect([one.units, one.segments, two.units, two.segments]).toEqual([160, 1, 161, 2]);
    setup({ initial: emptyValue({ message: 'a'.repeat(149) }) });
    expect(counterText()).toBe('1 SMS — 160/160');
    fireEvent.change(messageBox(), { target: { value: 'a'.repeat(150) } });
    expect(counterText()).toBe('2 SMS — 161/306');
  });

  it('Given fields, it counts each at its longest value or its default when longer', () => {
    const fields = [
      field({ name: 'Prénom', longest: 'Marie-Christine' }),
      field({ name: 'Civilité', longest: 'M', empty: 2 }),
    ];
    const message = 'Bonjour ${Civilité} ${Prénom}, à bientôt sur ${track_1}';
    const value = emptyValue({
      message,
      fieldDefaults: { Civilité: 'Mme/M' },
      trackedLinks: [{ url: 'https://x.fr' }],
    });
    setup({ initial: value, audience: audience(fields) });
    const core = maxRenderedLength(
      message,
      {
        longestValues: { Prénom: 'Marie-Christine', Civilité: 'M' },
        defaults: { Civilité: 'Mme/M' },
        stopMention: 'STOP 36184',
      },
      { maxSegments: 6 }
    );
    expect(counterText()).toBe(expected(core));
  });

  it('Given a message over the account maximum, the counter is an error', () => {
    setup({ initial: emptyValue({ message: 'a'.repeat(400) }), settings: { ...SETTINGS, maxSegments: 2 } });
    expect(screen.getByText(/at most 2 SMS \(306 characters\)/)).toHaveAttribute('role', 'alert');
  });

  it('Given a notification, no STOP line is counted and the commercial-content notice is shown', () => {
    setup({ kind: 'notification', initial: emptyValue({ message: 'Votre colis arrive demain.' }) });
    expect(counterText()).toBe(expected(analyzeMessage('Votre colis arrive demain.')));
    expect(screen.queryByRole('textbox', { name: /STOP mention/ })).not.toBeInTheDocument();
    expect(screen.getByText(/must not carry any commercial content/)).toBeInTheDocument();
  });
});

describe('MessageStep non-GSM characters', () => {
  it('Given ç with replacement off, it highlights ç, and one click replaces it by core’s stand-in', () => {
    const { last } = setup({
      initial: emptyValue({ message: 'Reçu, merci', messageOptions: { replaceNonGsm: false } }),
    });
    const excerpt = screen.getByTestId('non-gsm-excerpt');
    expect(within(excerpt).getByText('ç').tagName).toBe('MARK');
    expect(screen.getByText(/need UCS-2, which is off/)).toHaveAttribute('role', 'alert');

    fireEvent.click(screen.getByRole('button', { name: 'Replace “ç” by “c”' }));

    expect(last().message).toBe('Recu, merci');
    expect(screen.queryByTestId('non-gsm-excerpt')).not.toBeInTheDocument();
  });

  it('Given an emoji, the fix is to allow UCS-2, after which the counter is UCS-2', () => {
    const { last } = setup({ initial: emptyValue({ message: 'Merci 😀' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Allow UCS-2' }));
    expect(last().messageOptions.allowUnicode).toBe(true);
    expect(counterText()).toBe(expected(analyzeMessage('Merci 😀\nSTOP 36184', { allowUnicode: true })));
  });
});

describe('MessageStep STOP mention', () => {
  it('Given a marketing campaign, the mention is pre-filled from the short code', () => {
    setup();
    expect(screen.getByRole('textbox', { name: /STOP mention/ })).toHaveValue('STOP 36184');
  });

  it('Given the user removes it, a dialog asks; "Keep the mention" keeps it', async () => {
    const { onValue } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('legal obligation');
    expect(dialog).toHaveTextContent('refused when you send it');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the mention' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(onValue).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: /STOP mention/ })).toHaveValue('STOP 36184');
  });

  it('Given the user empties it and confirms "Remove it", the mention is removed and no longer counted', async () => {
    const { last } = setup({ initial: emptyValue({ message: 'Soldes' }) });
    fireEvent.change(screen.getByRole('textbox', { name: /STOP mention/ }), { target: { value: '' } });
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove it' }));
    await waitFor(() => expect(last().stopMention).toBe(''));
    expect(counterText()).toBe(expected(analyzeMessage('Soldes')));
    fireEvent.click(screen.getByRole('button', { name: 'Restore “STOP 36184”' }));
    expect(last().stopMention).toBeNull();
  });
});

describe('MessageStep personalisation panel', () => {
  const fields = [field({ name: 'Prénom', longest: 'Marie' }), field({ name: 'Civilité', longest: 'Mme', empty: 3 })];

  it('Given a caret inside the text, clicking a field inserts ${Field} there and puts the caret after it', () => {
    const { last } = setup({ initial: emptyValue({ message: 'Bonjour , à bientôt' }), audience: audience(fields) });
    const box = messageBox();
    box.setSelectionRange(8, 8);
    fireEvent.click(screen.getByRole('button', { name: 'Prénom' }));
    expect(last().message).toBe('Bonjour ${Prénom}, à bientôt');
    expect(box.selectionStart).toBe(8 + '${Prénom}'.length);
  });

  it('Given a selection, the field replaces it', () => {
    const { last } = setup({ initial: emptyValue({ message: 'Bonjour XXX !' }), audience: audience(fields) });
    messageBox().setSelectionRange(8, 11);
    fireEvent.click(screen.getByText('Prénom'));
    expect(last().message).toBe('Bonjour ${Prénom} !');
  });

  it('Given a field with empty rows, it is pink and has a default-value box that fills fieldDefaults', () => {
    const { last } = setup({ audience: audience(fields) });
    expect(screen.getByText('Civilité')).toHaveAttribute('data-empty', 'true');
    expect(screen.getByText('Prénom')).toHaveAttribute('data-empty', 'false');
    expect(screen.queryByRole('textbox', { name: 'Default value for Prénom' })).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Default value for Civilité' }), {
      target: { value: 'Mme/M' },
    });
    expect(last().fieldDefaults).toEqual({ Civilité: 'Mme/M' });
  });

  it('Given a field chip, it is draggable with ${Field} as its text', () => {
    setup({ audience: audience(fields) });
    const chip = screen.getByText('Prénom');
    expect(chip).toHaveAttribute('draggable', 'true');
    const setData = jest.fn();
    fireEvent.dragStart(chip, { dataTransfer: { setData, effectAllowed: '' } });
    expect(setData).toHaveBeenCalledWith('text/plain', '${Prénom}');
  });
});

describe('MessageStep preview', () => {
  const fields = [
    field({ name: 'Prénom', longest: 'Marie-Christine' }),
    field({ name: 'Civilité', longest: 'Mme', empty: 1 }),
  ];
  const message = 'Bonjour ${Civilité} ${Prénom}';

  it('Given line 0, the phone shows the longest rendering and the sender', () => {
    setup({ initial: emptyValue({ message, sender: 'MaBoutique' }), audience: audience(fields) });
    expect(screen.getByTestId('preview-sender')).toHaveTextContent('MaBoutique');
    expect(screen.getByTestId('preview-text').textContent).toBe(
      worstCaseMessage(message, {
        longestValues: { Prénom: 'Marie-Christine', Civilité: 'Mme' },
        stopMention: 'STOP 36184',
      })
    );
  });

  it('Given a row that leaves out a field of the lists, it is an empty cell, not status 5', async () => {
    const fetchLine = jest.fn().mockResolvedValue(line(2, { Prénom: 'Léa' }));
    setup({ initial: emptyValue({ message }), audience: audience(fields), fetchLine });
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: /Line of your lists/ }), { target: { value: '2' } });
    });
    await waitFor(() => expect(screen.getByTestId('preview-text').textContent).toBe('Bonjour  Léa\nSTOP 36184'));
  });

  it('Given a row without a field that no list has, the phone says it would be refused (status 5)', async () => {
    const fetchLine = jest.fn().mockResolvedValue(line(1, { Prénom: 'Léa' }));
    setup({ initial: emptyValue({ message: 'Bonjour ${Ville}' }), audience: audience(fields), fetchLine });
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: /Line of your lists/ }), { target: { value: '1' } });
    });
    expect(
      await screen.findByText('This row has no field “Ville”: it would be refused (status 5).')
    ).toBeInTheDocument();
  });

  it('Given no sender, the phone shows the short code', () => {
    setup();
    expect(screen.getByTestId('preview-sender')).toHaveTextContent('36184');
  });

  it('Given line 2, it fetches row 2 and renders it with the defaults', async () => {
    const fetchLine = jest.fn().mockResolvedValue(line(2, { Prénom: 'Léa', Civilité: '' }));
    setup({
      initial: emptyValue({ message, fieldDefaults: { Civilité: 'Mme/M' } }),
      audience: audience(fields),
      fetchLine,
    });
    await act(async () => {
      fireEvent.change(screen.getByRole('textbox', { name: /Line of your lists/ }), { target: { value: '2' } });
    });
    await waitFor(() => expect(screen.getByTestId('preview-text')).toHaveTextContent('Bonjour Mme/M Léa STOP 36184'));
    expect(fetchLine).toHaveBeenCalledWith(2);
  });
});

describe('MessageStep sender', () => {
  it('Given a sender typed with a space or an accent, it says which rule it breaks, live', () => {
    setup();
    fireEvent.change(screen.getByRole('textbox', { name: /^Sender/ }), { target: { value: 'Ma Boutique' } });
    expect(screen.getByText(/Remove the spaces/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /^Sender/ }), { target: { value: 'Crédit' } });
    expect(screen.getByText(/Remove the accent from “é”/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /^Sender/ }), { target: { value: 'MaBoutique' } });
    expect(screen.queryByText(/Remove the/)).toBeNull();
  });

  it('Given an empty sender, the hint names the short code, and the settings sender is offered when it differs', () => {
    const { last } = setup({ settings: { ...SETTINGS, defaultSender: 'MaMarque' } });
    expect(screen.getByText('Left empty, the SMS is sent from the short code 36184.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Use the default sender MaMarque' }));
    expect(last().sender).toBe('MaMarque');
  });

  it('Given the settings sender is the short code itself, nothing is offered', () => {
    setup({ settings: { ...SETTINGS, defaultSender: '36184' } });
    expect(screen.queryByRole('button', { name: /Use the default sender/ })).not.toBeInTheDocument();
  });
});

describe('MessageStep warnings', () => {
  it('Given a field the lists do not have, it says so live (core unknownTemplateFields), unless it has a default', () => {
    const fields = [field({ name: 'Prénom', longest: 'Marie' })];
    setup({ initial: emptyValue({ message: 'Bonjour ${prenom} ${Ville}' }), audience: audience(fields) });
    // `${prenom}` finds "Prénom" loosely, as the dispatcher does; only Ville is unknown.
    expect(screen.getByTestId('unknown-fields')).toHaveTextContent('Not a field of the chosen lists: ${Ville}.');
  });

  it('Given a tracked link whose address carries a field the lists lack, it is named too', () => {
    setup({
      initial: emptyValue({ message: 'Voir ${track_1}', trackedLinks: [{ url: 'https://www.monsite.com/id=${ID}' }] }),
      audience: audience([field({ name: 'Prénom', longest: 'Marie' })]),
    });
    expect(screen.getByTestId('unknown-fields')).toHaveTextContent('${ID}');
  });

  it('Given ${track_2} typed with one tracked link, it says the second has no link behind it', () => {
    setup({ initial: emptyValue({ message: '${track_1} ${track_2}', trackedLinks: [{ url: 'https://a.fr' }] }) });
    expect(screen.getByTestId('dangling-links')).toHaveTextContent('${track_2}: no tracked link behind it.');
  });

  it('Given server refusals, each is shown next to its part of the step', () => {
    setup({
      initial: emptyValue({ message: 'Soldes' }),
      audience: audience([field({ name: 'Civilité', empty: 2 })]),
      errors: {
        sender: 'Sender refused.',
        message: 'Message refused.',
        stopMention: 'Mention refused.',
        fieldDefaults: 'Defaults refused.',
      },
    });
    for (const text of ['Sender refused.', 'Message refused.', 'Mention refused.', 'Defaults refused.']) {
      expect(screen.getByText(text)).toBeInTheDocument();
    }
  });
});
