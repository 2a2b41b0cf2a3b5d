import * as React from 'react';

import { Box, Button, Field, Flex, Grid, IconButton, TextInput, Typography } from '@strapi/design-system';
import { Plus, Trash } from '@strapi/icons';

import { useT } from '../../../hooks/useT';

/** Numbers typed in one go at most: more belong in an import. */
export const MAX_TYPED_NUMBERS = 100;

/**
 * Seed 001's default fields of a typed contact ("email, titre, prénom et nom"), under the directory
 * attributes' variables so that `${Prénom}` answers for them as for an imported list.
 */
export const DEFAULT_TYPED_FIELDS = ['Civilité', 'Prénom', 'Nom', 'Email'] as const;

/** A typed row shows at most this many fields: the chosen lists' first ones. */
const MAX_TYPED_FIELDS = 6;

export interface TypedContact {
  phone: string;
  fields: Record<string, string>;
}

/** Splits what was typed into numbers: one per line, or separated by `,` or `;`. */
export const splitTypedNumbers = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((value) => value.trim())
    .filter(Boolean);

/** The fields a typed row offers: those of the chosen lists (first seen first), else seed 001's. */
export const typedFieldNames = (listFields: readonly (readonly string[] | null)[]): string[] => {
  const names = [...new Set(listFields.flatMap((fields) => fields ?? []))];
  return (names.length > 0 ? names : [...DEFAULT_TYPED_FIELDS]).slice(0, MAX_TYPED_FIELDS);
};

/** What a row sends: its blank fields left out, as an import keeps no empty cell. */
const filled = (contact: TypedContact): TypedContact => ({
  phone: contact.phone.trim(),
  fields: Object.fromEntries(
    Object.entries(contact.fields)
      .map(([name, value]) => [name, value.trim()])
      .filter(([, value]) => value !== '')
  ),
});

interface ManualNumbersProps {
  /** The field names of the chosen lists, so that a typed contact carries the same ones. */
  fieldNames: string[];
  onCreate: (contacts: TypedContact[]) => Promise<boolean>;
}

/**
 * Seed 001's "saisie manuelle": a number typed and Enter makes a row whose fields can be filled
 * (several numbers pasted at once make several rows); seed 003's "only for this campaign": the rows
 * become a list of their own, set to expire, added to the campaign.
 */
export const ManualNumbers = ({ fieldNames, onCreate }: ManualNumbersProps) => {
  const t = useT();
  const [number, setNumber] = React.useState('');
  const [rows, setRows] = React.useState<TypedContact[]>([]);
  const [isCreating, setIsCreating] = React.useState(false);
  const typed = splitTypedNumbers(number);
  const tooMany = rows.length + typed.length > MAX_TYPED_NUMBERS;

  const addTyped = () => {
    if (typed.length === 0 || tooMany) return;
    setRows((previous) => [...previous, ...typed.map((phone) => ({ phone, fields: {} }))]);
    setNumber('');
  };
  const update = (index: number, patch: Partial<TypedContact>) =>
    setRows((previous) => previous.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Field.Root
        name="typedNumbers"
        error={
          tooMany
            ? t('wizard.typed.tooMany', 'At most {max} numbers here; import a file for more.', {
                max: MAX_TYPED_NUMBERS,
              })
            : undefined
        }
        hint={t(
          'wizard.typed.hint',
          'Type a number and press Enter, then fill in its fields. Several numbers can be pasted at once, separated by commas or semicolons. They make a list used only for this campaign.'
        )}
      >
        <Field.Label>{t('wizard.typed.label', 'Type numbers by hand')}</Field.Label>
        <Flex gap={2} alignItems="flex-start">
          <Box flex="1">
            <TextInput
              value={number}
              placeholder="06 12 34 56 78"
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNumber(event.target.value)}
              onKeyDown={(event: React.KeyboardEvent<HTMLInputElement>) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                addTyped();
              }}
            />
          </Box>
          <Button variant="tertiary" startIcon={<Plus />} disabled={typed.length === 0 || tooMany} onClick={addTyped}>
            {t('wizard.typed.addRow', 'Add')}
          </Button>
        </Flex>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      {rows.map((row, index) => (
        <Box key={index} padding={3} hasRadius borderColor="neutral200" background="neutral100">
          <Flex justifyContent="space-between" alignItems="center" gap={2} paddingBottom={2}>
            <Typography variant="omega" fontWeight="bold">
              {row.phone}
            </Typography>
            <IconButton
              variant="ghost"
              label={t('wizard.typed.removeRow', 'Remove {phone}', { phone: row.phone })}
              onClick={() => setRows((previous) => previous.filter((_, i) => i !== index))}
            >
              <Trash />
            </IconButton>
          </Flex>
          <Grid.Root gap={2}>
            {fieldNames.map((name) => (
              <Grid.Item key={name} col={6} s={12} direction="column" alignItems="stretch">
                <Field.Root name={`typed-${index}-${name}`}>
                  <Field.Label>{name}</Field.Label>
                  <TextInput
                    value={row.fields[name] ?? ''}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                      update(index, { fields: { ...row.fields, [name]: event.target.value } })
                    }
                  />
                </Field.Root>
              </Grid.Item>
            ))}
          </Grid.Root>
        </Box>
      ))}
      <Flex justifyContent="flex-end">
        <Button
          variant="secondary"
          disabled={rows.length === 0 || tooMany}
          loading={isCreating}
          onClick={async () => {
            setIsCreating(true);
            try {
              if (await onCreate(rows.map(filled))) setRows([]);
            } finally {
              setIsCreating(false);
            }
          }}
        >
          {t('wizard.typed.submit', 'Add {count, plural, =0 {the numbers} one {this number} other {these # numbers}}', {
            count: rows.length,
          })}
        </Button>
      </Flex>
    </Flex>
  );
};
