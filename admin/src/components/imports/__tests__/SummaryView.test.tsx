import { fireEvent, screen, within } from '@testing-library/react';

import type { ContactImportSummary } from '../../../../../server/src/core/csv/types';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { destinations, SummaryView } from '../SummaryView';

const summary = (overrides: Partial<ContactImportSummary> = {}): ContactImportSummary => ({
  headers: ['Prénom', 'Nom', 'Portable', 'Ville'],
  phoneColumn: 2,
  rowsRead: 1250,
  valid: 1204,
  invalid: 46,
  invalidByReason: { 'too-short': 30, 'invalid-characters': 12, empty: 4 },
  invalidExamples: [],
  invalidExamplesTruncated: false,
  duplicates: 4,
  final: 1200,
  byCountry: { FR: 1150, RE: 38, BE: 12, '': 0 },
  byType: { mobile: 1200 },
  emptyFields: { Prénom: 17, Nom: 0, Portable: 0, Ville: 3 },
  blankLines: 0,
  ragged: { tooFewCells: 0, tooManyCells: 0, exampleLines: [] },
  malformedQuotes: 0,
  ...overrides,
});

const section = (title: string) => screen.getByRole('heading', { name: title }).parentElement as HTMLElement;

describe('SummaryView', () => {
  it('Given an analysed file, it shows the seeds’ figures: rows read, valid, invalid, duplicates and the final count', () => {
    renderWithProviders(<SummaryView summary={summary()} />);

    for (const [label, value] of [
      ['Rows read', '1,250'],
      ['Valid numbers', '1,204'],
      ['Duplicates removed', '4'],
      ['Contacts to import', '1,200'],
    ]) {
      expect(screen.getByText(label).nextElementSibling).toHaveTextContent(value);
    }
  });

  it('lists invalid numbers by reason, most frequent first, in words', () => {
    renderWithProviders(<SummaryView summary={summary()} />);

    const items = within(section('Invalid numbers')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Too short to be a phone number30',
      'Contains characters a phone number cannot have (letters, symbols)12',
      'No number4',
    ]);
  });

  it('offers the rejected rows only to users allowed to export personal data', () => {
    const onDownload = jest.fn();
    const { unmount } = renderWithProviders(<SummaryView summary={summary()} onDownloadRejected={onDownload} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download the rejected rows' }));
    expect(onDownload).toHaveBeenCalled();
    unmount();

    renderWithProviders(<SummaryView summary={summary()} />);
    expect(screen.queryByRole('button', { name: 'Download the rejected rows' })).not.toBeInTheDocument();
  });

  it('Given French, it names the destinations in French, sorted by count', () => {
    renderWithProviders(<SummaryView summary={summary()} />, { locale: 'fr' });

    const items = within(section('Ventilation des destinations')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s/g, ' '))).toEqual([
      'France1 150',
      'La Réunion38',
      'Belgique12',
    ]);
  });

  it('names non-geographic numbers and breaks ties by name', () => {
    expect(destinations({ '': 2, DE: 2, BE: 5 }, 'en', 'Non-geographic numbers')).toEqual([
      { code: 'BE', count: 5, name: 'Belgium' },
      { code: 'DE', count: 2, name: 'Germany' },
      { code: '', count: 2, name: 'Non-geographic numbers' },
    ]);
  });

  it('lists the columns left empty (not the phone column), and notes ragged rows and bad quotes only when there are some', () => {
    const { unmount } = renderWithProviders(<SummaryView summary={summary()} />);
    const items = within(section('Fields with empty values')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Prénom17', 'Ville3']);
    expect(screen.queryByRole('heading', { name: 'About the file' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(
      <SummaryView
        summary={summary({ ragged: { tooFewCells: 3, tooManyCells: 0, exampleLines: [14, 89] }, malformedQuotes: 1 })}
      />
    );
    const notes = section('About the file');
    expect(notes).toHaveTextContent('3 rows have fewer cells than the header');
    expect(notes).toHaveTextContent('Lines concerned, for example: 14, 89.');
    expect(notes).toHaveTextContent('1 row has a misplaced or unclosed quote');
  });
});
