import { act, fireEvent, screen, within } from '@testing-library/react';

import { list } from '../../../__tests__/fixtures';
import { renderWithProviders } from '../../../__tests__/renderWithProviders';
import { ListsTable } from '../ListsTable';

const handlers = () => ({
  onEdit: jest.fn(),
  onExport: jest.fn(),
  onToggleStatus: jest.fn(),
  onMerge: jest.fn(),
  onDelete: jest.fn(),
});

const openActions = async (name: string) => {
  await act(async () => {
    fireEvent.keyDown(screen.getByRole('button', { name: `More actions on “${name}”` }), { key: 'Enter' });
  });
};

describe('ListsTable', () => {
  it('Given lists, it shows counts, author, status and expiry of each', () => {
    renderWithProviders(
      <ListsTable
        lists={[
          list(),
          list({ id: 2, name: 'Salon 2025', status: 'inactive', persistence: 'permanent', createdBy: null }),
          list({ id: 3, name: 'Import CRM', status: 'importing', contactCount: 0, excludedCount: 0 }),
        ]}
        canExport
        emptyMessage="No list"
        {...handlers()}
      />
    );

    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(4);
    const first = within(rows[1]);
    expect(first.getByText('Clients fidèles')).toBeInTheDocument();
    expect(first.getByText('12,480')).toBeInTheDocument();
    expect(first.getByText('37 excluded')).toBeInTheDocument();
    expect(first.getByText(/^Created .+ by Camille Martin$/)).toBeInTheDocument();
    expect(first.getByText('Active')).toBeInTheDocument();
    expect(first.getByText('Expires on Apr 5, 2026 if unused')).toBeInTheDocument();
    const second = within(rows[2]);
    expect(second.getByText('Inactive')).toBeInTheDocument();
    expect(second.getByText('Permanent')).toBeInTheDocument();
    expect(second.getByText(/^Created [^b]+$/)).toBeInTheDocument();
    expect(within(rows[3]).getByText('Importing')).toBeInTheDocument();
  });

  it('Given no list, it shows the empty message instead of a table', () => {
    renderWithProviders(<ListsTable lists={[]} canExport emptyMessage="No list yet." {...handlers()} />);

    expect(screen.getByText('No list yet.')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('offers edit, export, deactivate, merge and delete, and hands the list to each', async () => {
    const on = handlers();
    const target = list();
    renderWithProviders(<ListsTable lists={[target]} canExport emptyMessage="" {...on} />);

    fireEvent.click(screen.getByRole('button', { name: 'Edit “Clients fidèles”' }));
    expect(on.onEdit).toHaveBeenCalledWith(target);

    await openActions('Clients fidèles');
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Export as CSV', 'Deactivate', 'Merge another list into this one', 'Delete']);
    await act(async () => {
      fireEvent.click(screen.getByRole('menuitem', { name: 'Delete' }));
    });
    expect(on.onDelete).toHaveBeenCalledWith(target);
  });

  it('Given a user who may not export personal data, it does not offer the export; an inactive list can be activated', async () => {
    renderWithProviders(
      <ListsTable lists={[list({ status: 'inactive' })]} canExport={false} emptyMessage="" {...handlers()} />
    );

    await openActions('Clients fidèles');

    expect(screen.queryByRole('menuitem', { name: 'Export as CSV' })).not.toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Activate' })).toBeInTheDocument();
  });

  it('Given French, it uses the words of the seeds', () => {
    renderWithProviders(
      <ListsTable lists={[list({ persistence: 'permanent' })]} canExport emptyMessage="" {...handlers()} />,
      { locale: 'fr' }
    );

    expect(screen.getByText('37 exclus')).toBeInTheDocument();
    expect(screen.getByText('Pérenne')).toBeInTheDocument();
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(screen.getByText('12 480')).toBeInTheDocument();
  });
});
