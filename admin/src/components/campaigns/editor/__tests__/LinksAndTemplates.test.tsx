import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { analyzeMessage } from '../../../../../../server/src/core/analyze';
import { maxRenderedLength } from '../../../../../../server/src/core/counter';
import type { Template } from '../../../../../../server/src/contracts/wizard';

import { audience, emptyValue, field } from './fixtures';
import { messageBox, setup } from './harness';

const mockClient = { get: jest.fn(), post: jest.fn(), put: jest.fn(), del: jest.fn() };
const mockComponents: Record<string, unknown> = {};
jest.mock('@strapi/strapi/admin', () => ({
  useFetchClient: () => mockClient,
  useStrapiApp: (_name: string, select: (state: { components: Record<string, unknown> }) => unknown) =>
    select({ components: mockComponents }),
}));

const template = (patch: Partial<Template> & { id: number; name: string }): Template => ({
  channel: 'sms',
  kind: 'marketing',
  sender: null,
  message: '',
  messageOptions: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...patch,
});

beforeEach(() => {
  for (const method of Object.values(mockClient)) method.mockReset();
  mockClient.get.mockResolvedValue({ data: { data: [] } });
  delete mockComponents['media-library'];
});

describe('URL tracking', () => {
  it('Given a URL typed in the message, "Track this link" turns it into ${track_1} and counts it at 19 characters', () => {
    const message = 'Soldes sur https://www.maboutique.fr/soldes. Vite !';
    const { last } = setup({ initial: emptyValue({ message }) });
    expect(screen.getByText('https://www.maboutique.fr/soldes')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Track this link' }));

    expect(last().message).toBe('Soldes sur ${track_1}. Vite !');
    expect(last().trackedLinks).toEqual([{ url: 'https://www.maboutique.fr/soldes' }]);
    const core = maxRenderedLength(last().message, { stopMention: 'STOP 36184' });
    expect(screen.getByTestId('sms-counter')).toHaveTextContent(`${core.segments} SMS — ${core.units}/`);
  });

  it('Given a URL carrying a field, the field stays in the tracked URL, and a second URL becomes ${track_2}', () => {
    const message = 'Infos : https://www.monsite.com/id=${ID} et www.autre.fr';
    const { last } = setup({
      initial: emptyValue({ message }),
      audience: audience([field({ name: 'ID', longest: '123456' })]),
    });
    fireEvent.click(screen.getAllByRole('button', { name: 'Track this link' })[0]!);
    expect(last().trackedLinks).toEqual([{ url: 'https://www.monsite.com/id=${ID}' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Track this link' }));
    expect(last().message).toBe('Infos : ${track_1} et ${track_2}');
    // Tracked as a web address: the redirect only goes to http(s) targets.
    expect(last().trackedLinks[1]).toEqual({ url: 'https://www.autre.fr' });
  });

  it('Given two tracked links, untracking the first puts its URL back and renumbers the second', () => {
    const value = emptyValue({
      message: 'A ${track_1} B ${track_2}',
      trackedLinks: [{ url: 'https://a.fr' }, { url: 'https://b.fr' }],
    });
    const { last } = setup({ initial: value });
    fireEvent.click(screen.getAllByRole('button', { name: 'Stop tracking' })[0]!);
    expect(last().message).toBe('A https://a.fr B ${track_1}');
    expect(last().trackedLinks).toEqual([{ url: 'https://b.fr' }]);
  });

  it('Given the link preview on, title and description count their longest rendering against 40 and 80', () => {
    const fields = [field({ name: 'Prénom', longest: 'Marie-Christine' })];
    const value = emptyValue({ message: 'Voir ${track_1}', trackedLinks: [{ url: 'https://a.fr' }] });
    const { last } = setup({ initial: value, audience: audience(fields) });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Link preview' }));
    expect(last().trackedLinks[0]!.preview).toEqual({ title: '', description: '' });
    expect(screen.getAllByText('Required when the link preview is on.')).toHaveLength(2);

    fireEvent.change(screen.getByRole('textbox', { name: /^Title/ }), {
      target: { value: '${Prénom}, vos offres de la semaine !!' },
    });
    // "Marie-Christine, vos offres de la semaine !!" is 44 characters: over 40.
    expect(screen.getByTestId('link-1-title-count')).toHaveTextContent('44/40');
    expect(screen.getByText('At most 40 characters, fields at their longest value.')).toBeInTheDocument();
    expect(last().trackedLinks[0]!.preview!.title).toBe('${Prénom}, vos offres de la semaine !!');
  });

  it('Given the Media Library, choosing an image stores its id in the link preview', () => {
    mockComponents['media-library'] = ({ onSelectAssets }: { onSelectAssets: (assets: unknown[]) => void }) => (
      <button
        type="button"
        onClick={() => onSelectAssets([{ id: 42, name: 'soldes.png', url: '/uploads/soldes.png' }])}
      >
        pick
      </button>
    );
    const value = emptyValue({
      message: 'Voir ${track_1}',
      trackedLinks: [{ url: 'https://a.fr', preview: { title: 'Soldes', description: 'Jusqu’à -50 %' } }],
    });
    const { last } = setup({ initial: value });
    fireEvent.click(screen.getByRole('button', { name: 'Choose an image' }));
    fireEvent.click(screen.getByRole('button', { name: 'pick' }));
    expect(last().trackedLinks[0]!.preview).toEqual({ title: 'Soldes', description: 'Jusqu’à -50 %', imageId: 42 });
    expect(screen.getByText('soldes.png')).toBeInTheDocument();
  });

  it('Given the Media Library, an image link adds a tracked link to the image and its token to the message (seed 002)', () => {
    mockComponents['media-library'] = ({ onSelectAssets }: { onSelectAssets: (assets: unknown[]) => void }) => (
      <button
        type="button"
        onClick={() => onSelectAssets([{ id: 7, name: 'affiche.png', url: '/uploads/affiche.png' }])}
      >
        pick
      </button>
    );
    const { last } = setup({ initial: emptyValue({ message: 'Notre affiche :' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Add an image link' }));
    fireEvent.click(screen.getByRole('button', { name: 'pick' }));
    expect(last().message).toBe('Notre affiche : ${track_1}');
    expect(last().trackedLinks).toEqual([{ url: `${window.location.origin}/uploads/affiche.png`, imageId: 7 }]);
    expect(screen.getByText('Image link ${track_1}')).toBeInTheDocument();
    // No address to type and no preview: the hosted page is the image itself.
    expect(screen.queryByRole('textbox', { name: 'Target address' })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Stop tracking' }));
    expect(last().message).toBe('Notre affiche : ');
    expect(last().trackedLinks).toEqual([]);
  });
});

describe('Templates', () => {
  it('Given saved templates, "Use" loads the text without its STOP line, the sender and the options', async () => {
    mockClient.get.mockResolvedValue({
      data: {
        data: [
          template({
            id: 1,
            name: 'Soldes d’hiver',
            sender: 'MaBoutique',
            message: 'Soldes : -30 % ce week-end\nSTOP 36184',
            messageOptions: { allowUnicode: true },
          }),
        ],
      },
    });
    const { last } = setup({ initial: emptyValue({ message: 'ancien texte' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Load a template' }));
    const row = await screen.findByRole('listitem', { name: 'Soldes d’hiver' });
    fireEvent.click(within(row).getByRole('button', { name: 'Use' }));
    expect(last()).toMatchObject({
      message: 'Soldes : -30 % ce week-end',
      sender: 'MaBoutique',
      messageOptions: { allowUnicode: true },
    });
    expect(mockClient.get).toHaveBeenCalledWith('/mobile-campaigns/templates', expect.anything());
    expect(messageBox()).toHaveValue('Soldes : -30 % ce week-end');
  });

  it('Given a message, "Save as a template" posts its sender, text and options under the name typed', async () => {
    mockClient.post.mockImplementation(async (_url: string, body: Record<string, unknown>) => ({
      data: { data: template({ id: 7, name: String(body.name), message: String(body.message), sender: 'Shop' }) },
    }));
    setup({
      initial: emptyValue({ message: 'Bonjour ${Prénom}', sender: 'Shop', messageOptions: { replaceNonGsm: false } }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save as a template' }));
    fireEvent.change(await screen.findByRole('textbox', { name: /Template name/ }), { target: { value: 'Relance' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save the template' }));
    });
    expect(mockClient.post).toHaveBeenCalledWith('/mobile-campaigns/templates', {
      name: 'Relance',
      channel: 'sms',
      kind: 'marketing',
      sender: 'Shop',
      message: 'Bonjour ${Prénom}',
      messageOptions: { replaceNonGsm: false },
    });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save the template' })).not.toBeInTheDocument());
  });

  it('Given the templates list, rename PUTs the new name and delete asks first, then DELETEs', async () => {
    mockClient.get.mockResolvedValue({ data: { data: [template({ id: 3, name: 'Ancien' })] } });
    mockClient.put.mockResolvedValue({ data: { data: template({ id: 3, name: 'Nouveau' }) } });
    mockClient.del.mockResolvedValue({ data: {} });
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Load a template' }));
    let row = await screen.findByRole('listitem', { name: 'Ancien' });
    fireEvent.click(within(row).getByRole('button', { name: 'Rename' }));
    fireEvent.change(within(row).getByRole('textbox', { name: 'Template name' }), { target: { value: 'Nouveau' } });
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Save' }));
    });
    expect(mockClient.put).toHaveBeenCalledWith('/mobile-campaigns/templates/3', { name: 'Nouveau' });

    row = await screen.findByRole('listitem', { name: 'Nouveau' });
    fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    expect(mockClient.del).not.toHaveBeenCalled();
    expect(row).toHaveTextContent('Delete “Nouveau” for good?');
    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    });
    expect(mockClient.del).toHaveBeenCalledWith('/mobile-campaigns/templates/3');
    await waitFor(() => expect(screen.getByText(/No template yet/)).toBeInTheDocument());
  });

  it('Given a text with ç and replacement on, core sends it in GSM-7 and the editor says what is replaced', () => {
    setup({ initial: emptyValue({ message: 'Reçu' }) });
    const core = analyzeMessage('Reçu\nSTOP 36184');
    expect(core.encoding).toBe('GSM-7');
    expect(screen.getByTestId('replacements')).toHaveTextContent('ç → c');
  });
});

describe('Emoji', () => {
  it('Given UCS-2 and emoji allowed, ;-) shows as core turns it in the phone, and the counter is core’s', () => {
    const value = emptyValue({ message: 'Merci ;-)', messageOptions: { allowUnicode: true, emoji: true } });
    setup({ initial: value });
    const core = analyzeMessage('Merci ;-)\nSTOP 36184', { allowUnicode: true, emoji: true });
    expect(core.text).not.toContain(';-)');
    expect(screen.getByTestId('preview-text').textContent).toBe(core.text);
    expect(screen.getByTestId('sms-counter')).toHaveTextContent(`${core.segments} SMS — ${core.units}/`);
  });

  it('Given emoji without UCS-2, the emoji toggle is off and disabled, and ;-) stays as typed', () => {
    setup({ initial: emptyValue({ message: 'Merci ;-)', messageOptions: { emoji: true } }) });
    expect(screen.getByRole('checkbox', { name: 'Allow emoji' })).toBeDisabled();
    expect(screen.getByTestId('preview-text')).toHaveTextContent('Merci ;-)');
  });
});
