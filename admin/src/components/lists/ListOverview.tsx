import { Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';

import { ExpiryLabel } from './ExpiryLabel';
import { ListStatusBadge } from './ListStatusBadge';

/** The list editor's summary line: status, counts, how long the list is kept, and the fields a message can use. */
export const ListOverview = ({ list }: { list: ListSummary }) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, count: number) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, { count, formatted: formatNumber(count) });
  return (
    <Flex direction="column" alignItems="flex-start" gap={2}>
      <Flex gap={4} wrap="wrap">
        <ListStatusBadge status={list.status} />
        <Typography textColor="neutral800">
          {t(
            'list.count.contacts',
            '{count, plural, one {{formatted} contact} other {{formatted} contacts}}',
            list.contactCount
          )}
        </Typography>
        <Typography textColor="neutral800">
          {t('list.count.excluded', '{formatted} excluded', list.excludedCount)}
        </Typography>
        {list.invalidCount > 0 ? (
          <Typography textColor="danger600">
            {t(
              'list.count.invalid',
              '{count, plural, one {{formatted} invalid number} other {{formatted} invalid numbers}}',
              list.invalidCount
            )}
          </Typography>
        ) : null}
        <ExpiryLabel list={list} />
      </Flex>
      {list.kind === 'contacts' && list.fields && list.fields.length > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(
            { id: getTranslation('list.fields'), defaultMessage: 'Personalisation fields: {fields}' },
            { fields: list.fields.map((field) => `\${${field}}`).join(' ') }
          )}
        </Typography>
      ) : null}
      {list.description ? (
        <Typography variant="pi" textColor="neutral600">
          {list.description}
        </Typography>
      ) : null}
    </Flex>
  );
};
