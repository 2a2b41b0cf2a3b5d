import { Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { OptOut } from '../../../../server/src/contracts';
import { OPT_OUT_SOURCE_LABELS } from '../../utils/contactMessages';
import { getTranslation } from '../../utils/getTranslation';
import { formatPhone } from '../../utils/phone';
import { CampaignDate } from '../CampaignDate';
import { DataTable } from '../common/DataTable';

interface OptOutsTableProps {
  optOuts: OptOut[];
  /** Taking a number out lets marketing reach it again: only with the opt-outs.remove permission. */
  canRemove: boolean;
  emptyMessage: string;
  onRemove: (optOut: OptOut) => void;
}

/** The numbers of one exclusion list, where each came from and when. */
export const OptOutsTable = ({ optOuts, canRemove, emptyMessage, onRemove }: OptOutsTableProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const columns = [
    { key: 'phone', label: t('entries.table.phone', 'Mobile number') },
    { key: 'source', label: t('optOuts.table.source', 'Source') },
    { key: 'date', label: t('optOuts.table.date', 'Added') },
    { key: 'note', label: t('optOuts.table.note', 'Note') },
    ...(canRemove ? [{ key: 'actions', label: t('common.actions', 'Actions'), hidden: true }] : []),
  ];

  return (
    <DataTable columns={columns} rowCount={optOuts.length} emptyMessage={emptyMessage}>
      {optOuts.map((optOut) => {
        const number = formatPhone(optOut.phone);
        return (
          <Tr key={optOut.id}>
            <Td>
              <Typography textColor="neutral800" style={{ whiteSpace: 'nowrap' }}>
                {number}
              </Typography>
            </Td>
            <Td>
              <Typography textColor="neutral800">{formatMessage(OPT_OUT_SOURCE_LABELS[optOut.source])}</Typography>
            </Td>
            <Td>
              <CampaignDate value={optOut.createdAt} />
            </Td>
            <Td>
              <Typography textColor="neutral800" ellipsis>
                {optOut.note ?? ''}
              </Typography>
            </Td>
            {canRemove ? (
              <Td>
                <Flex justifyContent="flex-end">
                  <IconButton
                    label={t('optOuts.action.remove', 'Remove {number} from the list', { number })}
                    variant="ghost"
                    onClick={() => onRemove(optOut)}
                  >
                    <Trash />
                  </IconButton>
                </Flex>
              </Td>
            ) : null}
          </Tr>
        );
      })}
    </DataTable>
  );
};
