import * as React from 'react';

import { Box, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { AudienceField } from '../../../../../server/src/contracts/wizard';
import { useT } from '../../../hooks/useT';

import { fieldNameOf, fieldToken } from './model';

/** The MIME type a dragged field carries besides plain text, so a drop can tell it from any text. */
export const FIELD_DRAG_TYPE = 'application/x-mobile-campaigns-field';

// Seed 001 shows fields with empty rows in pink; the others in the neutral chip colour.
const Chip = styled.button<{ $empty: boolean }>`
  cursor: grab;
  border-radius: ${({ theme }) => theme.borderRadius};
  padding: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[3]}`};
  border: 1px solid ${({ theme, $empty }) => ($empty ? theme.colors.danger200 : theme.colors.primary200)};
  background: ${({ theme, $empty }) => ($empty ? theme.colors.danger100 : theme.colors.primary100)};
  color: ${({ theme, $empty }) => ($empty ? theme.colors.danger700 : theme.colors.primary700)};
  font-size: ${({ theme }) => theme.fontSizes[1]};
  font-weight: 600;
`;

interface FieldsPanelProps {
  fields: readonly AudienceField[];
  onInsert: (name: string) => void;
  defaults: Record<string, string>;
  onDefaultsChange: (defaults: Record<string, string>) => void;
  /** A refusal of the defaults from the server, already translated. */
  error?: string;
}

/** "Personnalisation" and "Options de personnalisation" of seed 001. */
export const FieldsPanel = ({ fields, onInsert, defaults, onDefaultsChange, error }: FieldsPanelProps) => {
  const t = useT();
  const withEmpty = fields.filter((field) => field.empty > 0);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('editor.fields.title', 'Personalisation')}
        </Typography>
        {fields.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {t('editor.fields.none', 'Choose recipient lists in step 2 to personalise the message with their fields.')}
          </Typography>
        ) : (
          <>
            <Typography variant="pi" textColor="neutral600">
              {t('editor.fields.hint', 'Click a field, or drag it into the message, to insert it where you want.')}
            </Typography>
            <Flex gap={2} wrap="wrap">
              {fields.map((field) => {
                const name = fieldNameOf(field);
                const empty = field.empty > 0;
                return (
                  <Chip
                    key={name}
                    type="button"
                    draggable
                    $empty={empty}
                    data-empty={empty}
                    title={
                      empty
                        ? t(
                            'editor.fields.emptyRows',
                            '{count, plural, one {# row has} other {# rows have}} no value',
                            {
                              count: field.empty,
                            }
                          )
                        : undefined
                    }
                    onClick={() => onInsert(name)}
                    onDragStart={(event: React.DragEvent) => {
                      event.dataTransfer.setData('text/plain', fieldToken(name));
                      event.dataTransfer.setData(FIELD_DRAG_TYPE, name);
                      event.dataTransfer.effectAllowed = 'copy';
                    }}
                  >
                    {name}
                  </Chip>
                );
              })}
            </Flex>
          </>
        )}
      </Flex>
      {withEmpty.length > 0 ? (
        <Box background="neutral100" padding={4} hasRadius>
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography variant="omega" fontWeight="bold" tag="h3">
              {t('editor.defaults.title', 'Default values')}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {t(
                'editor.defaults.hint',
                'Some rows of your lists have these fields empty. Give the value they should show instead, e.g. “Mme/M” for a title, so that no one reads “Hello Dupont”.'
              )}
            </Typography>
            {error ? (
              <Typography variant="pi" textColor="danger600" role="alert">
                {error}
              </Typography>
            ) : null}
            {withEmpty.map((field) => {
              const name = fieldNameOf(field);
              return (
                <Field.Root
                  key={name}
                  name={`default-${name}`}
                  hint={t('editor.defaults.rows', '{count, plural, one {# row is} other {# rows are}} empty', {
                    count: field.empty,
                  })}
                >
                  <Field.Label>{t('editor.defaults.label', 'Default value for {field}', { field: name })}</Field.Label>
                  <TextInput
                    value={defaults[name] ?? ''}
                    maxLength={500}
                    autoComplete="off"
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                      const next = { ...defaults };
                      if (event.target.value === '') delete next[name];
                      else next[name] = event.target.value;
                      onDefaultsChange(next);
                    }}
                  />
                  <Field.Hint />
                </Field.Root>
              );
            })}
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
};
