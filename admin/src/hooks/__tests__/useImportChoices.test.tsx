import { screen } from '@testing-library/react';

import type { ImportJob } from '../../../../server/src/contracts';
import { renderWithProviders } from '../../__tests__/renderWithProviders';
import { FormatFields } from '../../components/imports/FormatFields';
import { useImportChoices } from '../useImportChoices';

const job = (overrides: Partial<ImportJob> = {}): ImportJob => ({
  id: 41,
  status: 'uploaded',
  source: 'paste',
  fileName: 'pasted-values.txt',
  fileSize: 30,
  format: { encoding: 'utf-8', delimiter: ';', hasHeader: false, phoneColumn: 0, headers: ['Column 1'] },
  preview: {
    sampleRows: [['0612345678']],
    warnings: [],
    confidence: { encoding: 1, delimiter: 1, header: 1, phoneColumn: 1 },
  },
  summary: null,
  progress: { bytes: 0, rows: 0, written: 0 },
  queued: false,
  listId: null,
  result: null,
  error: null,
  createdAt: '2026-12-01T10:30:00.000Z',
  updatedAt: '2026-12-01T10:30:00.000Z',
  finishedAt: null,
  ...overrides,
});

const ListName = ({ of }: { of: ImportJob }) => {
  const { choices } = useImportChoices(of, []);
  return <p>{choices?.target.name ?? ''}</p>;
};

beforeEach(() => window.localStorage.clear());

describe('Given pasted numbers', () => {
  it('When the wizard opens in French, Then the new list is named after the day they were pasted', () => {
    renderWithProviders(<ListName of={job()} />, { locale: 'fr' });
    expect(screen.getByText('Numéros collés du 01/12/2026')).toBeInTheDocument();
  });

  it('When the wizard opens in English, Then the name is the English equivalent', () => {
    renderWithProviders(<ListName of={job()} />);
    expect(screen.getByText('Numbers pasted on 12/01/2026')).toBeInTheDocument();
  });

  it('Then the format step asks nothing about the encoding or the separator of a file', () => {
    renderWithProviders(
      <FormatFields
        job={job()}
        phoneColumn={0}
        disabled={false}
        onFormatChange={jest.fn()}
        onPhoneColumnChange={jest.fn()}
      />
    );
    expect(screen.queryByRole('combobox', { name: 'Encoding' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Separator' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Mobile number column/ })).toBeInTheDocument();
  });
});

describe('Given a file', () => {
  it('Then the new list is named after the file, and its encoding and separator can be changed', () => {
    const file = job({ source: 'file', fileName: 'clients_mars.csv' });
    renderWithProviders(
      <>
        <ListName of={file} />
        <FormatFields
          job={file}
          phoneColumn={0}
          disabled={false}
          onFormatChange={jest.fn()}
          onPhoneColumnChange={jest.fn()}
        />
      </>
    );
    expect(screen.getByText('clients_mars')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Encoding' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Separator' })).toBeInTheDocument();
  });
});
