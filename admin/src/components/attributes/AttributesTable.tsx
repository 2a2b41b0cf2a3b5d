import { Badge, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { Attribute } from '../../../../server/src/contracts';
import { ATTRIBUTE_TYPE_LABELS } from '../../utils/contactMessages';
import { getTranslation } from '../../utils/getTranslation';
import { DataTable } from '../common/DataTable';

/** How an attribute is called in a message. */
export const variableTag = (variable: string) => `\${${variable}}`;

interface AttributesTableProps {
  attributes: Attribute[];
  emptyMessage: string;
  onEdit: (attribute: Attribute) => void;
  onDelete: (attribute: Attribute) => void;
}

/** Name, type and the variable to write in a message; built-in attributes cannot be deleted. */
export const AttributesTable = ({ attributes, emptyMessage, onEdit, onDelete }: AttributesTableProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const columns = [
    { key: 'name', label: t('table.name', 'Name') },
    { key: 'type', label: t('table.kind', 'Type') },
    { key: 'variable', label: t('attributes.table.variable', 'Variable') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true },
  ];

  return (
    <DataTable columns={columns} rowCount={attributes.length} emptyMessage={emptyMessage}>
      {attributes.map((attribute) => (
        <Tr key={attribute.id}>
          <Td>
            <Flex gap={2}>
              <Typography fontWeight="bold" textColor="neutral800">
                {attribute.name}
              </Typography>
              {attribute.builtIn ? <Badge size="S">{t('attributes.builtIn', 'Built-in')}</Badge> : null}
            </Flex>
          </Td>
          <Td>
            <Typography textColor="neutral800">{formatMessage(ATTRIBUTE_TYPE_LABELS[attribute.type])}</Typography>
          </Td>
          <Td>
            <Typography textColor="neutral800" tag="code" style={{ fontFamily: 'monospace' }}>
              {variableTag(attribute.variable)}
            </Typography>
          </Td>
          <Td>
            <Flex gap={1} justifyContent="flex-end">
              <IconButton
                label={t('attributes.action.edit', 'Edit {name}', { name: attribute.name })}
                variant="ghost"
                onClick={() => onEdit(attribute)}
              >
                <Pencil />
              </IconButton>
              {attribute.builtIn ? null : (
                <IconButton
                  label={t('attributes.action.delete', 'Delete {name}', { name: attribute.name })}
                  variant="ghost"
                  onClick={() => onDelete(attribute)}
                >
                  <Trash />
                </IconButton>
              )}
            </Flex>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};
