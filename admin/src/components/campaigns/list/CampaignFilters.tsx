import {
  Box,
  Button,
  DatePicker,
  Field,
  Flex,
  MultiSelect,
  MultiSelectOption,
  SingleSelect,
  SingleSelectOption,
} from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { CAMPAIGN_STATUSES, type CampaignAuthor } from '../../../../../server/src/contracts';
import type { CampaignsUrlFilter } from '../../../hooks/useCampaigns';
import { useT } from '../../../hooks/useT';
import { CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS } from '../../../utils/messages';

const ALL = 'all';

interface CampaignFiltersProps {
  filter: CampaignsUrlFilter;
  authors: CampaignAuthor[];
  onChange: (patch: CampaignsUrlFilter) => void;
}

/** The day a date picker shows, as the start or the end of that day in the user's time. */
const dayBound = (date: Date | undefined, end: boolean) => {
  if (!date) return undefined;
  const bound = new Date(date);
  if (end) bound.setHours(23, 59, 59, 999);
  else bound.setHours(0, 0, 0, 0);
  return bound.toISOString();
};

/** Author, channel, type, status and date range of the campaigns page ("Mes campagnes"). */
export const CampaignFilters = ({ filter, authors, onChange }: CampaignFiltersProps) => {
  const t = useT();
  const { formatMessage } = useIntl();
  const statuses = filter.status ? filter.status.split(',') : [];
  const single = (key: 'author' | 'channel' | 'kind') => (value: string | number) =>
    onChange({ [key]: value === ALL ? undefined : String(value) });
  const isFiltered = ['author', 'channel', 'kind', 'status', 'from', 'to'].some(
    (key) => filter[key as keyof CampaignsUrlFilter]
  );

  return (
    <Flex gap={3} wrap="wrap" alignItems="flex-end">
      <Box minWidth="18rem">
        <Field.Root name="author">
          <Field.Label>{t('campaigns.filter.author', 'Author')}</Field.Label>
          <SingleSelect size="S" value={filter.author ?? ALL} onChange={single('author')}>
            <SingleSelectOption value={ALL}>{t('campaigns.filter.anyone', 'Anyone')}</SingleSelectOption>
            {authors.map((author) => (
              <SingleSelectOption key={author.id} value={String(author.id)}>
                {author.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box minWidth="14rem">
        <Field.Root name="channel">
          <Field.Label>{t('campaigns.filter.channel', 'Channel')}</Field.Label>
          <SingleSelect size="S" value={filter.channel ?? ALL} onChange={single('channel')}>
            <SingleSelectOption value={ALL}>{t('campaigns.filter.allChannels', 'All channels')}</SingleSelectOption>
            {(['sms', 'voice'] as const).map((channel) => (
              <SingleSelectOption key={channel} value={channel}>
                {formatMessage(CHANNEL_LABELS[channel])}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box minWidth="14rem">
        <Field.Root name="kind">
          <Field.Label>{t('campaigns.filter.kind', 'Type')}</Field.Label>
          <SingleSelect size="S" value={filter.kind ?? ALL} onChange={single('kind')}>
            <SingleSelectOption value={ALL}>{t('campaigns.filter.allKinds', 'All types')}</SingleSelectOption>
            {(['marketing', 'notification'] as const).map((kind) => (
              <SingleSelectOption key={kind} value={kind}>
                {formatMessage(KIND_LABELS[kind])}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Box>
      <Box minWidth="22rem">
        <Field.Root name="status">
          <Field.Label>{t('campaigns.filter.status', 'Status')}</Field.Label>
          <MultiSelect
            size="S"
            value={statuses}
            placeholder={t('campaigns.filter.allStatuses', 'All statuses')}
            onChange={(values: string[]) => onChange({ status: values.length > 0 ? values.join(',') : undefined })}
            withTags
          >
            {CAMPAIGN_STATUSES.map((status) => (
              <MultiSelectOption key={status} value={status}>
                {formatMessage(STATUS_LABELS[status])}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        </Field.Root>
      </Box>
      <Box>
        <Field.Root name="from">
          <Field.Label>{t('campaigns.filter.from', 'From')}</Field.Label>
          <DatePicker
            size="S"
            value={filter.from ? new Date(filter.from) : undefined}
            onChange={(date: Date | undefined) => onChange({ from: dayBound(date, false) })}
            onClear={() => onChange({ from: undefined })}
            clearLabel={t('campaigns.filter.clearDate', 'Clear the date')}
          />
        </Field.Root>
      </Box>
      <Box>
        <Field.Root name="to">
          <Field.Label>{t('campaigns.filter.to', 'To')}</Field.Label>
          <DatePicker
            size="S"
            value={filter.to ? new Date(filter.to) : undefined}
            onChange={(date: Date | undefined) => onChange({ to: dayBound(date, true) })}
            onClear={() => onChange({ to: undefined })}
            clearLabel={t('campaigns.filter.clearDate', 'Clear the date')}
          />
        </Field.Root>
      </Box>
      {isFiltered ? (
        <Button
          variant="tertiary"
          onClick={() =>
            onChange({
              author: undefined,
              channel: undefined,
              kind: undefined,
              status: undefined,
              from: undefined,
              to: undefined,
            })
          }
        >
          {t('campaigns.filter.clear', 'Clear the filters')}
        </Button>
      ) : null}
    </Flex>
  );
};
