import { fireEvent, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';

import type { ContactImportSummary } from '../../../../../server/src/core/csv/types';
import { list } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { SummaryStep } from '../SummaryStep';
import type { NewListTarget } from '../TargetFields';

const summary = (overrides: Partial<ContactImportSummary> = {}): ContactImportSummary => ({
  headers: ['Prénom', 'Portable'],
  phoneColumn: 1,
  rowsRead: 130,
  valid: 110,
  invalid: 20,
  invalidByReason: { 'not-allowed-country': 16, 'fixed-line': 4 },
  invalidExamples: [],
  invalidExamplesTruncated: false,
  duplicates: 10,
  final: 100,
  byCountry: { FR: 100 },
  refusedByCountry: { CH: 3, BE: 12, RE: 1 },
  alreadyKnown: { directory: 40, optOut: 2, exclusion: 5 },
  byType: { mobile: 100 },
  emptyFields: { Prénom: 0, Portable: 0 },
  blankLines: 0,
  ragged: { tooFewCells: 0, tooManyCells: 0, exampleLines: [] },
  malformedQuotes: 0,
  ...overrides,
});

const target: NewListTarget = { name: 'Clients', persistence: 'expiring', expiresAfterMonths: 3 };

const setup = (props: Partial<React.ComponentProps<typeof SummaryStep>> = {}, locale: 'en' | 'fr' = 'en') => {
  const handlers = { onTargetChange: jest.fn(), onKeepInvalidChange: jest.fn(), onStart: jest.fn() };
  renderWithProviders(
    <MemoryRouter>
      <SummaryStep
        summary={summary()}
        list={null}
        lists={[list({ id: 7, name: 'Fidèles', contactCount: 320 })]}
        isExclusion={false}
        target={target}
        directory
        keepInvalid
        isBusy={false}
        onBack={jest.fn()}
        {...handlers}
        {...props}
      />
    </MemoryRouter>,
    { locale }
  );
  return handlers;
};

const section = (title: string) => screen.getByRole('heading', { name: title }).parentElement as HTMLElement;

describe('SummaryStep', () => {
  it('Given an analysed file, it says what "Import 100 contacts" writes: valid contacts, duplicates left out, invalid rows kept and flagged', () => {
    setup();

    expect(
      within(section('What the import writes'))
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      '100 valid contacts are added to the list and to the directory.',
      '10 duplicates are left out.',
      '20 invalid rows are kept in the list, flagged: they are never messaged.',
    ]);
    expect(screen.getByRole('button', { name: 'Import 100 contacts' })).toBeEnabled();
  });

  it('Given the user does not want the invalid rows, unticking the box says so and is reported', () => {
    const { onKeepInvalidChange } = setup({ keepInvalid: false });

    expect(screen.queryByText(/invalid rows are kept/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep the invalid rows in the list, flagged' }));
    expect(onKeepInvalidChange).toHaveBeenCalledWith(true);
  });

  it('names the refused destinations, largest first, with a link to the destinations setting', () => {
    setup();

    expect(
      screen.getByText('Refused destinations, not among your allowed ones: BE (12), CH (3), RE (1).')
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change the allowed destinations' })).toHaveAttribute(
      'href',
      '/settings/mobile-campaigns'
    );
    expect(
      screen.getByText('Fixed line: receives neither SMS nor voicemail drops').nextElementSibling
    ).toHaveTextContent('4');
  });

  it('says how many numbers are already in the directory, the STOP list or an exclusion list', () => {
    setup();

    expect(
      within(section('Numbers you already have'))
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      'Already contacts of the directory40',
      'In the STOP list: never messaged by a marketing campaign2',
      'In an exclusion list5',
    ]);
  });

  it('Given the standalone wizard, the contacts can go to an existing list chosen by name', () => {
    const { onTargetChange } = setup({ target: { ...target, mode: 'existing' } });

    expect(screen.queryByRole('textbox', { name: /Name of the new list/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'A new list' }));
    expect(onTargetChange).toHaveBeenCalledWith({ ...target, mode: 'new' });
    expect(screen.getByRole('combobox', { name: 'List' })).toBeInTheDocument();
  });

  it('Given French, it says it all in French', () => {
    setup({}, 'fr');

    expect(
      within(section("Ce que l'import enregistre"))
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      "100 contacts valides sont ajoutés à la liste et à l'annuaire.",
      '10 doublons sont écartés.',
      '20 lignes invalides sont conservées dans la liste, signalées : elles ne reçoivent jamais de message.',
    ]);
    expect(
      screen.getByText('Destinations refusées, hors de vos destinations autorisées : BE (12), CH (3), RE (1).')
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Modifier les destinations autorisées' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Une liste existante' })).toBeInTheDocument();
    expect(screen.getByText('Dans la liste STOP : jamais sollicités par une campagne marketing')).toBeInTheDocument();
  });
});
