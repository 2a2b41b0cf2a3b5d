import { Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { ImportJob } from '../../../../server/src/contracts';
import { PLUGIN_ID } from '../../pluginId';
import { getTranslation } from '../../utils/getTranslation';
import { writtenPercent } from '../../utils/importProgress';
import { LabelledProgressBar } from '../common/LabelledProgressBar';

/** The bar a list being imported into shows in the lists tables, with a way to its import page. */
export const ListImportProgress = ({ job }: { job: ImportJob }) => {
  const { formatMessage, formatNumber } = useIntl();
  const percent = writtenPercent(job);
  const label = formatMessage(
    { id: getTranslation('import.progress.label'), defaultMessage: '{written} of {total} rows written' },
    { written: formatNumber(job.progress.written), total: formatNumber(job.summary?.rowsRead ?? 0) }
  );
  const queued = formatMessage({
    id: getTranslation('import.queued'),
    defaultMessage: 'Waiting for another import to finish…',
  });
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {job.queued ? null : <LabelledProgressBar value={percent} size="S" label={label} valueText={label} />}
      <Typography variant="pi" textColor="neutral600">
        {job.queued ? queued : label}
      </Typography>
      <Link tag={NavLink} to={`/plugins/${PLUGIN_ID}/imports/${job.id}`}>
        {formatMessage({ id: getTranslation('import.progress.open'), defaultMessage: 'See the import' })}
      </Link>
    </Flex>
  );
};
