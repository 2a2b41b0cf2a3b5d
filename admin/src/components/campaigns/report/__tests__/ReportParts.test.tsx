import { fireEvent, screen, within } from '@testing-library/react';

import { renderWithProviders } from '../../../../__tests__/renderWithProviders';
import { CategoryDonut } from '../CategoryDonut';
import { LinksTable } from '../LinksTable';
import { RecipientModal } from '../RecipientModal';
import { RecipientsTable } from '../RecipientsTable';
import { ReportFigures } from '../ReportFigures';
import { StatusTable } from '../StatusTable';

import { recipient, report } from './fixtures';

const figure = (name: string) => screen.getByRole('group', { name });
const figureValue = (name: string) => figure(name).querySelector('[data-value]')?.textContent;

describe('ReportFigures', () => {
  it('Given a finished SMS campaign, every key figure shows its own number, and rates come in percent', () => {
    renderWithProviders(<ReportFigures report={report()} />);
    expect(figureValue('Recipients')).toBe('12,480');
    expect(figureValue('Sent')).toBe('11,950');
    expect(figureValue('Delivered')).toBe('11,210');
    expect(figure('Delivered')).toHaveTextContent('93.8% of sent');
    expect(figureValue('Not delivered')).toBe('655');
    expect(figure('Not delivered')).toHaveTextContent('5.5% of sent');
    expect(figureValue('Pending')).toBe('85');
    expect(figureValue('Invalid numbers')).toBe('310');
    expect(figureValue('Duplicates')).toBe('142');
    expect(figureValue('Excluded')).toBe('78');
    expect(figureValue('STOP received')).toBe('37');
    expect(figure('STOP received')).toHaveTextContent('0.3% of delivered');
    expect(figureValue('Replies')).toBe('64');
    expect(figureValue('Clicks (unique / total)')).toBe('2,304 / 3,118');
    expect(figure('Clicks (unique / total)')).toHaveTextContent('20.6% of delivered');
    expect(figureValue('Link previews')).toBe('416');
    expect(figureValue('Credits used')).toBe('11,865');
    expect(figure('Credits used')).toHaveTextContent('12,100 reserved');
    expect(figureValue('Credits refunded')).toBe('235');
  });

  it('Given a French admin, numbers and rates are written the French way', () => {
    renderWithProviders(<ReportFigures report={report()} />, { locale: 'fr' });
    // French groups thousands with a narrow no-break space and writes "93,8 %".
    expect(figureValue('Destinataires')?.replace(/\s/g, ' ')).toBe('12 480');
    expect(figure('Délivrés').textContent?.replace(/\s/g, ' ')).toContain('93,8 % des envoyés');
  });

  it('Given a voicemail drop, there are no replies, clicks or previews to count', () => {
    const voice = report();
    renderWithProviders(<ReportFigures report={{ ...voice, campaign: { ...voice.campaign, channel: 'voice' } }} />);
    expect(screen.queryByRole('group', { name: 'Replies' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Clicks (unique / total)' })).not.toBeInTheDocument();
    expect(figureValue('Delivered')).toBe('11,210');
  });
});

describe('StatusTable', () => {
  it('Given the receipts, each code shows its label, count and billing, and downloads its own recipients', () => {
    const onDownload = jest.fn();
    renderWithProviders(<StatusTable statuses={report().statuses} onDownload={onDownload} />);
    const row = screen.getAllByRole('row').find((item) => item.getAttribute('data-status-code') === '21');
    expect(row).toBeDefined();
    const cells = within(row as HTMLElement).getAllByRole('gridcell');
    expect(cells.slice(0, 4).map((cell) => cell.textContent)).toEqual(['21', 'Delivered', '11,173', 'Yes']);
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /status 21/ }));
    expect(onDownload).toHaveBeenCalledWith(21);
    const invalid = screen.getAllByRole('row').find((item) => item.getAttribute('data-status-code') === '2');
    expect(within(invalid as HTMLElement).getAllByRole('gridcell')[3]).toHaveTextContent('No');
  });

  it('Given no export permission, there is no download column', () => {
    renderWithProviders(<StatusTable statuses={report().statuses} />);
    expect(screen.queryByRole('button', { name: /Download/ })).not.toBeInTheDocument();
  });
});

describe('CategoryDonut', () => {
  it('Given the categories, the legend lists the non-empty ones with count and share, each downloadable', () => {
    const onDownload = jest.fn();
    renderWithProviders(<CategoryDonut categories={report().categories} onDownload={onDownload} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-category'))).toEqual([
      'pending',
      'delivered',
      'not-delivered',
      'excluded',
      'invalid',
    ]);
    // 11,210 of 12,480 recipients.
    expect(items[1]).toHaveTextContent('Delivered11,21089.8%');
    fireEvent.click(within(items[4]).getByRole('button', { name: 'Download “Invalid number” (CSV)' }));
    expect(onDownload).toHaveBeenCalledWith('invalid');
  });

  it('Given a campaign nobody is in yet, it says so instead of drawing an empty ring', () => {
    const empty = report().categories.map((row) => ({ ...row, count: 0 }));
    renderWithProviders(<CategoryDonut categories={empty} />);
    expect(screen.getByText('No recipients yet.')).toBeInTheDocument();
  });

  it('Given every recipient in one category, the ring is whole, with no outline drawing a seam across it', () => {
    const delivered = report().categories.map((row) => ({ ...row, count: row.category === 'delivered' ? 6 : 0 }));
    const { container } = renderWithProviders(<CategoryDonut categories={delivered} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('Delivered6100%');
    const sectors = container.querySelectorAll('.recharts-pie-sector path');
    expect(sectors).toHaveLength(1);
    expect(sectors[0]).toHaveAttribute('stroke', 'none');
  });

  it('Given several categories, the slices are parted by the background colour', () => {
    const { container } = renderWithProviders(<CategoryDonut categories={report().categories} />);
    const sectors = [...container.querySelectorAll('.recharts-pie-sector path')];
    expect(sectors).toHaveLength(5);
    for (const sector of sectors) expect(sector.getAttribute('stroke')).not.toBe('none');
  });
});

describe('LinksTable', () => {
  it('Given a tracked link, it shows its variable, target, clicks and previews', () => {
    renderWithProviders(<LinksTable links={report().links} />);
    const [, row] = screen.getAllByRole('row');
    expect(
      within(row)
        .getAllByRole('gridcell')
        .map((cell) => cell.textContent)
    ).toEqual(['${track_1}', 'https://www.monsite.com/soldes?id=${ID}', '2,304', '3,118', '416']);
  });
});

describe('Recipients', () => {
  const stopped = recipient({
    id: 502,
    phone: '+33698765432',
    statusCode: 17,
    statusLabel: 'STOP received',
    replies: [
      { text: 'Merci', receivedAt: '2026-01-10T09:05:00.000Z', isStop: false },
      { text: 'STOP', receivedAt: '2026-01-10T09:06:00.000Z', isStop: true },
    ],
    clicks: [
      { index: 1, clicks: 3, firstClickAt: '2026-01-10T09:02:00.000Z', lastClickAt: '2026-01-10T09:04:00.000Z' },
    ],
    previews: 1,
    firstPreviewAt: '2026-01-10T09:01:30.000Z',
  });

  it('Given a recipient who answered STOP, the row marks it, and its details list the replies and clicks', () => {
    const onOpen = jest.fn();
    renderWithProviders(<RecipientsTable recipients={[recipient(), stopped]} emptyMessage="Empty" onOpen={onOpen} />);
    const [, first, second] = screen.getAllByRole('row');
    expect(within(first).queryByText('STOP')).not.toBeInTheDocument();
    expect(within(second).getByText('STOP')).toBeInTheDocument();
    expect(within(second).getByText('17 · STOP received')).toBeInTheDocument();
    fireEvent.click(within(second).getByRole('button', { name: 'Details of +33 6 98 76 54 32' }));
    expect(onOpen).toHaveBeenCalledWith(stopped);
  });

  it('Given the details of a recipient, its receipts, replies (STOP marked) and clicks are listed', () => {
    renderWithProviders(<RecipientModal recipient={stopped} onClose={jest.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Recipient +33 6 98 76 54 32' });
    expect(within(dialog).getByText(/Part 1 · 21 · Delivered/)).toBeInTheDocument();
    const stopReply = dialog.querySelector('[data-stop]');
    expect(stopReply).toHaveTextContent('STOP');
    expect(within(dialog).getByText('Merci').closest('[data-stop]')).toBeNull();
    expect(within(dialog).getByText('${track_1}: 3 clicks')).toBeInTheDocument();
    expect(within(dialog).getByText('1 link preview')).toBeInTheDocument();
  });
});
