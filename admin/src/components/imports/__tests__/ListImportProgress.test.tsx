import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';

import type { ImportJob } from '../../../../../server/src/contracts';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ListImportProgress } from '../ListImportProgress';

const job = (overrides: Partial<ImportJob> = {}): ImportJob => ({
  id: 7,
  status: 'importing',
  source: 'file',
  fileName: 'clients.csv',
  fileSize: 1000,
  format: { encoding: 'utf-8', delimiter: ';', hasHeader: true, phoneColumn: 0, headers: ['Portable'] },
  preview: { sampleRows: [], warnings: [], confidence: { encoding: 1, delimiter: 1, header: 1, phoneColumn: 1 } },
  summary: null,
  progress: { bytes: 500, rows: 40, written: 40 },
  queued: false,
  listId: 3,
  result: null,
  error: null,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  finishedAt: null,
  ...overrides,
});

describe('ListImportProgress', () => {
  it('Given an import that runs, it shows the rows written on a progress bar', () => {
    renderWithProviders(
      <MemoryRouter>
        <ListImportProgress job={job()} />
      </MemoryRouter>
    );
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.queryByText('Waiting for another import to finish…')).not.toBeInTheDocument();
  });

  it('Given an import waiting for a free worker, it says so instead of a bar stuck at zero', () => {
    renderWithProviders(
      <MemoryRouter>
        <ListImportProgress job={job({ queued: true })} />
      </MemoryRouter>
    );
    expect(screen.getByText('Waiting for another import to finish…')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the import' })).toBeInTheDocument();
  });
});
