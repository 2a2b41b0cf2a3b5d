import * as React from 'react';

import { Combobox, ComboboxOption, Field, Flex, IconButton, Td, Tr, Typography } from '@strapi/design-system';
import { Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';

import type { ListSummary } from '../../../../../server/src/contracts';
import { useT } from '../../../hooks/useT';
import { CampaignDate } from '../../CampaignDate';
import { DataTable } from '../../common/DataTable';

interface ListPickerProps {
  /** The chosen lists, in the order chosen (the line selector counts rows in this order). */
  chosen: ListSummary[];
  /** Lists to add from, as the server found them for the name typed (see `onSearch`). */
  candidates: ListSummary[];
  isLoading: boolean;
  /** The name typed: the server searches every list (accents and case aside), not only those loaded. */
  onSearch: (text: string) => void;
  onAdd: (list: ListSummary) => void;
  onRemove: (list: ListSummary) => void;
}

/** Seed 001, step 3: the lists the campaign goes to, added by searching their name. */
export const ListPicker = ({ chosen, candidates, isLoading, onSearch, onAdd, onRemove }: ListPickerProps) => {
  const t = useT();
  const { formatNumber } = useIntl();
  // Remounted after each pick so that the box is empty again for the next list.
  const [pickKey, setPickKey] = React.useState(0);
  const chosenIds = new Set(chosen.map((list) => list.id));
  const addable = candidates.filter((list) => !chosenIds.has(list.id) && list.status === 'active');

  // The dates are a details line of the name: six columns did not fit beside the summary at 1280 px.
  const columns = [
    { key: 'name', label: t('wizard.lists.name', 'List') },
    { key: 'contacts', label: t('wizard.lists.contacts', 'Contacts') },
    { key: 'actions', label: t('common.actions', 'Actions'), hidden: true },
  ];
  const dates = (list: ListSummary) =>
    [
      { label: t('wizard.lists.createdAt', 'Created'), value: list.createdAt, relative: false },
      { label: t('wizard.lists.updatedAt', 'Updated'), value: list.updatedAt, relative: true },
      { label: t('wizard.lists.lastUsedAt', 'Last used'), value: list.lastUsedAt, relative: true },
    ].map((date) => (
      <Flex key={date.label} gap={1}>
        <Typography variant="pi" textColor="neutral600">
          {date.label}
        </Typography>
        <CampaignDate value={date.value} relative={date.relative} small />
      </Flex>
    ));

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root name="addList" hint={t('wizard.lists.add.hint', 'Type part of a list’s name, then choose it.')}>
        <Field.Label>{t('wizard.lists.add', 'Add a contact list')}</Field.Label>
        <Combobox
          key={pickKey}
          onChange={(value: string | undefined) => {
            const list = addable.find((candidate) => String(candidate.id) === value);
            if (list) onAdd(list);
            setPickKey((key) => key + 1);
            onSearch('');
          }}
          // The server has filtered already, without accents; a second filter here would hide
          // "Été 2026" from "ete" and lists matched in the middle of their name.
          autocomplete="none"
          onInputChange={(event: React.ChangeEvent<HTMLInputElement>) => onSearch(event.target.value)}
          loading={isLoading}
          placeholder={t('wizard.lists.add.placeholder', 'Search a list by name')}
          noOptionsMessage={() => t('wizard.lists.add.none', 'No other active list matches')}
        >
          {addable.map((list) => (
            <ComboboxOption key={list.id} value={String(list.id)}>
              {t('wizard.lists.option', '{name} — {count, plural, one {# contact} other {# contacts}}', {
                name: list.name,
                count: list.contactCount,
              })}
            </ComboboxOption>
          ))}
        </Combobox>
        <Field.Hint />
      </Field.Root>
      <DataTable
        columns={columns}
        rowCount={chosen.length}
        emptyMessage={t('wizard.lists.empty', 'No list chosen yet. Add at least one list to send the campaign to.')}
      >
        {chosen.map((list) => (
          <Tr key={list.id}>
            <Td>
              {/* The design system gives a table's first cell no vertical padding: two lines need it. */}
              <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={3} paddingBottom={3}>
                <Typography fontWeight="bold" textColor="neutral800">
                  {list.name}
                </Typography>
                <Flex gap={3} wrap="wrap">
                  {dates(list)}
                </Flex>
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">{formatNumber(list.contactCount)}</Typography>
            </Td>
            <Td>
              <IconButton
                label={t('wizard.lists.remove', 'Remove “{name}”', { name: list.name })}
                variant="ghost"
                onClick={() => onRemove(list)}
              >
                <Trash />
              </IconButton>
            </Td>
          </Tr>
        ))}
      </DataTable>
    </Flex>
  );
};
