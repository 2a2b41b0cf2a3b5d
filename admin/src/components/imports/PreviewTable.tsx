import { Badge, Box, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

interface PreviewTableProps {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  phoneColumn: number | null;
}

/** The first rows as the server reads them with the chosen format; the phone column stands out. */
export const PreviewTable = ({ headers, rows, phoneColumn }: PreviewTableProps) => {
  const { formatMessage } = useIntl();
  const shown = rows.slice(0, 10);
  return (
    <Box>
      <Table colCount={headers.length} rowCount={shown.length + 1}>
        <Thead>
          <Tr>
            {headers.map((header, index) => (
              <Th key={index} background={index === phoneColumn ? 'primary100' : undefined}>
                <Flex gap={2}>
                  <Typography variant="sigma" textColor={index === phoneColumn ? 'primary700' : 'neutral600'}>
                    {header}
                  </Typography>
                  {index === phoneColumn ? (
                    <Badge size="S" active>
                      {formatMessage({
                        id: getTranslation('import.preview.phoneColumn'),
                        defaultMessage: 'Mobile numbers',
                      })}
                    </Badge>
                  ) : null}
                </Flex>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {shown.map((row, rowIndex) => (
            <Tr key={rowIndex}>
              {headers.map((_, index) => (
                <Td key={index} background={index === phoneColumn ? 'primary100' : undefined}>
                  <Typography textColor="neutral800" ellipsis>
                    {row[index] ?? ''}
                  </Typography>
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
};
