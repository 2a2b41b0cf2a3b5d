import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { campaign } from '../../../../__tests__/fixtures';
import type { CampaignListRow } from '../../../../../../server/src/contracts';
import { renderWithProviders } from '../../../../__tests__/renderWithProviders';
import { CampaignsTable } from '../CampaignsTable';

const row = (overrides: Parameters<typeof campaign>[0]): CampaignListRow => ({
  ...campaign(overrides),
  author: { id: 1, name: 'Camille Martin' },
  sender: null,
  invalidCount: null,
  duplicateCount: null,
  excludedCount: null,
});

const rows = [
  row({ id: 4, documentId: 'd', name: 'Brouillon soldes', status: 'draft' }),
  row({
    id: 5,
    documentId: 's',
    name: 'Soldes d’été',
    status: 'sending',
    recipientCount: 200,
    submittedCount: 50,
  }),
];

describe('CampaignsTable', () => {
  it('Given campaigns, Then each row shows its ID, status and progress', () => {
    renderWithProviders(
      <CampaignsTable
        campaigns={rows}
        sort="updatedAt:desc"
        onSort={jest.fn()}
        permissions={{ canWrite: true, canSend: true }}
        onAction={jest.fn()}
        emptyMessage="none"
      />
    );
    const sending = within(screen.getAllByRole('row')[2]);
    expect(sending.getByText('ID 5 · Camille Martin')).toBeInTheDocument();
    expect(sending.getByText('SMS')).toBeInTheDocument();
    expect(sending.getByText('Marketing')).toBeInTheDocument();
    // Six columns, actions included: the page fits at 1280 px without scrolling sideways.
    expect(screen.getByRole('grid')).toHaveAttribute('aria-colcount', '6');
    expect(sending.getByText('Sending')).toBeInTheDocument();
    expect(sending.getByText('50 of 200 sent')).toBeInTheDocument();
  });

  it('Given a sending campaign, When its menu opens, Then it offers pause and cancel but not delete', async () => {
    const onAction = jest.fn();
    renderWithProviders(
      <CampaignsTable
        campaigns={rows}
        sort="updatedAt:desc"
        onSort={jest.fn()}
        permissions={{ canWrite: true, canSend: true }}
        onAction={onAction}
        emptyMessage="none"
      />
    );
    await userEvent.click(screen.getByRole('button', { name: 'Actions on “Soldes d’été”' }));
    const items = screen.getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Open the campaign', 'View the settings', 'Duplicate', 'Pause', 'Cancel the sending']);
    await userEvent.click(screen.getByRole('menuitem', { name: 'Pause' }));
    expect(onAction).toHaveBeenCalledWith('pause', rows[1]);
  });

  it('Given the name column, When its header is clicked twice, Then the list is sorted by name ascending then descending', () => {
    const onSort = jest.fn();
    const { unmount } = renderWithProviders(
      <CampaignsTable
        campaigns={rows}
        sort="updatedAt:desc"
        onSort={onSort}
        permissions={{ canWrite: true, canSend: true }}
        onAction={jest.fn()}
        emptyMessage="none"
      />
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenLastCalledWith('name:asc');
    unmount();
    renderWithProviders(
      <CampaignsTable
        campaigns={rows}
        sort="name:asc"
        onSort={onSort}
        permissions={{ canWrite: true, canSend: true }}
        onAction={jest.fn()}
        emptyMessage="none"
      />
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sort by Name' }));
    expect(onSort).toHaveBeenLastCalledWith('name:desc');
  });

  it('Given no campaign, Then the empty message is shown', () => {
    renderWithProviders(
      <CampaignsTable
        campaigns={[]}
        sort="updatedAt:desc"
        onSort={jest.fn()}
        permissions={{ canWrite: true, canSend: true }}
        onAction={jest.fn()}
        emptyMessage="No campaign matches these filters."
      />
    );
    expect(screen.getByText('No campaign matches these filters.')).toBeInTheDocument();
  });
});
