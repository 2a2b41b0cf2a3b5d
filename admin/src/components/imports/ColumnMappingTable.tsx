import {
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  TextInput,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { ATTRIBUTE_TYPES, type Attribute, type ColumnMapping } from '../../../../server/src/contracts';
import { ATTRIBUTE_TYPE_LABELS } from '../../utils/contactMessages';
import { getTranslation } from '../../utils/getTranslation';
import { newAttributeFor, renameNewAttribute, validateMapping, type MappingProblem } from '../../utils/importMapping';

interface ColumnMappingTableProps {
  headers: readonly string[];
  sampleRows: readonly (readonly string[])[];
  phoneColumn: number | null;
  attributes: readonly Attribute[];
  mapping: readonly ColumnMapping[];
  problems: Record<number, MappingProblem>;
  disabled: boolean;
  onChange: (index: number, mapping: ColumnMapping) => void;
}

const selectValue = (mapping: ColumnMapping) => {
  switch (mapping.action) {
    case 'attribute':
      return `attribute:${mapping.attributeId}`;
    case 'new-attribute':
      return 'new-attribute';
    default:
      return mapping.action;
  }
};

/**
 * The seeds' "mappage des données": for each column but the phone one, whether it is left out,
 * kept in the list as a personalisation field, or stored on the directory contact as an
 * attribute (an existing one, or one created by the import).
 */
export const ColumnMappingTable = ({
  headers,
  sampleRows,
  phoneColumn,
  attributes,
  mapping,
  problems,
  disabled,
  onChange,
}: ColumnMappingTableProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);

  const problemMessage = (problem: MappingProblem | undefined) => {
    switch (problem) {
      case 'name':
        return t('import.mapping.error.name', 'Give the field a name of up to 100 characters.');
      case 'attributeName':
        return t('import.mapping.error.attributeName', 'Give the attribute a name of up to 100 characters.');
      case 'variable':
        return t('import.mapping.error.variable', 'Use letters, digits, spaces, _ and - only, up to 60 characters.');
      case 'variableTaken':
        return t(
          'import.mapping.error.variableTaken',
          'An attribute already uses this variable: choose that attribute in the list, or another variable.'
        );
      case 'duplicate':
        return t(
          'import.mapping.error.duplicate',
          'Another column already fills this field: choose another name, or “Do not import”.'
        );
      default:
        return undefined;
    }
  };

  const choose = (index: number, value: string) => {
    const header = headers[index];
    if (value === 'skip') onChange(index, { action: 'skip' });
    else if (value === 'field') onChange(index, { action: 'field', name: header });
    else if (value === 'new-attribute') {
      const values = sampleRows.map((row) => row[index] ?? '');
      onChange(index, { action: 'new-attribute', attribute: newAttributeFor(header, attributes, values) });
    } else onChange(index, { action: 'attribute', attributeId: Number(value.replace('attribute:', '')) });
  };

  const columns = headers.map((header, index) => ({ header, index })).filter(({ index }) => index !== phoneColumn);
  // A clash (a variable an attribute has, two columns filling one field) is shown as it is typed.
  const clashes = validateMapping(mapping, phoneColumn ?? -1, attributes);
  const shownProblem = (index: number): MappingProblem | undefined => {
    const clash = clashes[index];
    return problems[index] ?? (clash === 'variableTaken' || clash === 'duplicate' ? clash : undefined);
  };

  return (
    <Table colCount={4} rowCount={columns.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('import.mapping.column', 'Column of the file')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('import.mapping.sample', 'Sample')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('import.mapping.importAs', 'Import as')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('import.mapping.details', 'Name in the list and the directory')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {columns.map(({ header, index }) => {
          const entry = mapping[index] ?? { action: 'skip' };
          const problem = shownProblem(index);
          const error = problemMessage(problem);
          const samples = sampleRows
            .map((row) => row[index] ?? '')
            .filter(Boolean)
            .slice(0, 3);
          const attribute =
            entry.action === 'attribute' ? attributes.find((a) => a.id === entry.attributeId) : undefined;
          return (
            <Tr key={index} data-column={header}>
              <Td>
                <Typography fontWeight="bold" textColor="neutral800">
                  {header}
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral600" ellipsis>
                  {samples.join(', ') || '–'}
                </Typography>
              </Td>
              <Td>
                <SingleSelect
                  aria-label={t('import.mapping.importAs.label', 'Import “{column}” as', { column: header })}
                  value={selectValue(entry)}
                  disabled={disabled}
                  onChange={(value) => choose(index, String(value))}
                >
                  <SingleSelectOption value="skip">{t('import.mapping.skip', 'Do not import')}</SingleSelectOption>
                  <SingleSelectOption value="field">{t('import.mapping.field', 'List field')}</SingleSelectOption>
                  {attributes.map((item) => (
                    <SingleSelectOption key={item.id} value={`attribute:${item.id}`}>
                      {t('import.mapping.attributeOption', 'Attribute “{name}”', { name: item.name })}
                    </SingleSelectOption>
                  ))}
                  <SingleSelectOption value="new-attribute">
                    {t('import.mapping.newAttribute', 'New attribute…')}
                  </SingleSelectOption>
                </SingleSelect>
              </Td>
              <Td>
                {entry.action === 'skip' ? (
                  <Typography textColor="neutral500">{t('import.mapping.skipped', 'Not imported')}</Typography>
                ) : null}
                {entry.action === 'field' ? (
                  <Field.Root name={`field-${index}`} error={error}>
                    <TextInput
                      aria-label={t('import.mapping.fieldName', 'Field name for “{column}”', { column: header })}
                      value={entry.name}
                      disabled={disabled}
                      maxLength={100}
                      onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                        onChange(index, { action: 'field', name: event.target.value })
                      }
                    />
                    <Field.Error />
                  </Field.Root>
                ) : null}
                {entry.action === 'attribute' ? (
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography textColor="neutral800">
                      {t('import.mapping.attributeField', 'In the list as {placeholder}', {
                        placeholder: `\${${attribute?.variable ?? ''}}`,
                      })}
                    </Typography>
                    {error ? (
                      <Typography variant="pi" textColor="danger600" role="alert">
                        {error}
                      </Typography>
                    ) : null}
                  </Flex>
                ) : null}
                {entry.action === 'new-attribute' ? (
                  <Flex direction="column" alignItems="stretch" gap={2}>
                    <Field.Root
                      name={`attribute-name-${index}`}
                      error={problem === 'attributeName' ? error : undefined}
                    >
                      <Field.Label>{t('import.mapping.attributeName', 'Attribute name')}</Field.Label>
                      <TextInput
                        value={entry.attribute.name}
                        disabled={disabled}
                        maxLength={100}
                        onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                          onChange(index, {
                            ...entry,
                            attribute: renameNewAttribute(entry.attribute, event.target.value),
                          })
                        }
                      />
                      <Field.Error />
                    </Field.Root>
                    <Field.Root name={`attribute-type-${index}`}>
                      <Field.Label>{t('import.mapping.attributeType', 'Type')}</Field.Label>
                      <SingleSelect
                        value={entry.attribute.type}
                        disabled={disabled}
                        onChange={(value) =>
                          onChange(index, {
                            ...entry,
                            attribute: { ...entry.attribute, type: value as (typeof ATTRIBUTE_TYPES)[number] },
                          })
                        }
                      >
                        {ATTRIBUTE_TYPES.map((type) => (
                          <SingleSelectOption key={type} value={type}>
                            {formatMessage(ATTRIBUTE_TYPE_LABELS[type])}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    </Field.Root>
                    <Field.Root
                      name={`attribute-variable-${index}`}
                      error={problem === 'attributeName' ? undefined : error}
                    >
                      <Field.Label>{t('import.mapping.attributeVariable', 'Variable')}</Field.Label>
                      <TextInput
                        value={entry.attribute.variable}
                        disabled={disabled}
                        maxLength={60}
                        onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                          onChange(index, {
                            ...entry,
                            attribute: { ...entry.attribute, variable: event.target.value },
                          })
                        }
                      />
                      <Field.Error />
                    </Field.Root>
                  </Flex>
                ) : null}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
