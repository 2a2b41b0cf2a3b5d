import * as React from 'react';

import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CampaignSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { CHANNEL_LABELS, KIND_LABELS } from '../../utils/messages';
import { CampaignDate } from '../CampaignDate';

import { CampaignName } from './CampaignName';
import { CampaignTableSection } from './CampaignTableSection';

interface DraftsTableProps {
  drafts: CampaignSummary[];
  /** Shown in the empty state, e.g. the "New campaign" button when the user may create one. */
  emptyAction?: React.ReactNode;
  /** Where a draft opens: the campaign wizard. */
  linkTo?: (campaign: CampaignSummary) => string;
}

/** "Campaigns in preparation": the 10 latest drafts. */
export const DraftsTable = ({ drafts, emptyAction, linkTo }: DraftsTableProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
  const columns = [
    t('table.name', 'Name'),
    t('table.channel', 'Channel'),
    t('table.kind', 'Type'),
    t('table.updatedAt', 'Last modified'),
    t('table.createdAt', 'Created'),
  ];

  return (
    <CampaignTableSection
      id="mobile-campaigns-drafts"
      title={t('dashboard.drafts.title', 'Campaigns in preparation')}
      subtitle={t('dashboard.drafts.subtitle', 'Your 10 latest drafts')}
      isEmpty={drafts.length === 0}
      emptyMessage={t(
        'dashboard.drafts.empty',
        'No campaign in preparation. Start one with “New campaign”: it stays a draft until you schedule it.'
      )}
      emptyAction={emptyAction}
    >
      <Table colCount={columns.length} rowCount={drafts.length + 1}>
        <Thead>
          <Tr>
            {columns.map((label) => (
              <Th key={label}>
                <Typography variant="sigma">{label}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {drafts.map((draft) => (
            <Tr key={draft.documentId}>
              <Td>
                <CampaignName campaign={draft} to={linkTo?.(draft)} />
              </Td>
              <Td>
                <Typography textColor="neutral800">{formatMessage(CHANNEL_LABELS[draft.channel])}</Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800">{formatMessage(KIND_LABELS[draft.kind])}</Typography>
              </Td>
              <Td>
                <CampaignDate value={draft.updatedAt} relative />
              </Td>
              <Td>
                <CampaignDate value={draft.createdAt} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </CampaignTableSection>
  );
};
