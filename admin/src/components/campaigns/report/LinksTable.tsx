import { Td, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CampaignReport } from '../../../api/reports';
import { useT } from '../../../hooks/useT';
import { DataTable } from '../../common/DataTable';

/** Each tracked link (`${track_N}`) with its unique and total clicks and its link previews. */
export const LinksTable = ({ links }: { links: CampaignReport['links'] }) => {
  const t = useT();
  const { formatNumber } = useIntl();
  const columns = [
    { key: 'index', label: t('report.links.index', 'Variable') },
    { key: 'url', label: t('report.links.url', 'Target') },
    { key: 'unique', label: t('report.links.unique', 'Unique clicks') },
    { key: 'total', label: t('report.links.total', 'Total clicks') },
    { key: 'previews', label: t('report.links.previews', 'Previews') },
  ];
  return (
    <DataTable columns={columns} rowCount={links.length} emptyMessage={t('report.links.empty', 'No tracked links.')}>
      {links.map((link) => (
        <Tr key={link.index} data-link={link.index}>
          <Td>
            <Typography
              textColor="neutral800"
              style={{ fontFamily: 'monospace' }}
            >{`\${track_${link.index}}`}</Typography>
          </Td>
          <Td>
            <Typography
              textColor="neutral800"
              ellipsis
              style={{ display: 'block', maxWidth: '36rem' }}
              title={link.url}
            >
              {link.url}
            </Typography>
          </Td>
          <Td>
            <Typography textColor="neutral800">{formatNumber(link.uniqueClicks)}</Typography>
          </Td>
          <Td>
            <Typography textColor="neutral800">{formatNumber(link.totalClicks)}</Typography>
          </Td>
          <Td>
            <Typography textColor="neutral800">{formatNumber(link.previews)}</Typography>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
