import * as React from 'react';

import { Box, Field, Flex, Loader, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { CampaignReport, RecipientsQuery, ReportRecipient, ReportRecipientsPage } from '../../../api/reports';
import { REPORT_CATEGORIES } from '../../../../../server/src/contracts/reports';
import type { Resource } from '../../../hooks/useResource';
import { useErrorMessage } from '../../../hooks/useErrorMessage';
import { useT } from '../../../hooks/useT';
import { SearchField } from '../../common/SearchField';

import { RecipientModal } from './RecipientModal';
import { RecipientsTable } from './RecipientsTable';
import { CATEGORY_LABELS } from './reportMessages';

const ALL = 'all';

interface RecipientsSectionProps {
  query: RecipientsQuery;
  onFilter: (patch: Partial<Pick<RecipientsQuery, 'search' | 'status' | 'category'>>) => void;
  page: Resource<ReportRecipientsPage>;
  /** The codes some recipient has, for the status filter. */
  statuses: CampaignReport['statuses'];
  /** The table's pagination (Strapi's, which reads the URL). */
  pagination: React.ReactNode;
}

/**
 * Seed 004's "voir la liste des destinataires": the campaign's recipients, searchable by number and
 * filtered by status or category, one page at a time from the server.
 */
export const RecipientsSection = ({ query, onFilter, page, statuses, pagination }: RecipientsSectionProps) => {
  const t = useT();
  const { formatMessage } = useIntl();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = React.useState<ReportRecipient | null>(null);
  const filtered = Boolean(query.search || query.status !== undefined || query.category);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={3} wrap="wrap" alignItems="flex-end">
        {/* Narrower than the other pages' search: the two filters fit beside it at 1280 px. */}
        <Box width="28rem" maxWidth="100%">
          <SearchField
            value={query.search ?? ''}
            onSearch={(search) => onFilter({ search: search || undefined })}
            label={t('report.recipients.search', 'Search by number')}
            placeholder={t('report.recipients.searchPlaceholder', 'Number, e.g. 06 12 34 56 78')}
            clearLabel={t('report.recipients.clearSearch', 'Clear the search')}
          />
        </Box>
        <Box minWidth="20rem">
          <Field.Root name="status">
            <Field.Label>{t('report.recipients.filterStatus', 'Status')}</Field.Label>
            <SingleSelect
              size="S"
              value={query.status === undefined ? ALL : String(query.status)}
              onChange={(value: string | number) =>
                onFilter({ status: value === ALL ? undefined : Number(value), category: undefined })
              }
            >
              <SingleSelectOption value={ALL}>{t('report.recipients.anyStatus', 'Any status')}</SingleSelectOption>
              {statuses.map((status) => (
                <SingleSelectOption key={status.code} value={String(status.code)}>
                  {`${status.code} · ${status.label}`}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        <Box minWidth="16rem">
          <Field.Root name="category">
            <Field.Label>{t('report.recipients.filterCategory', 'Category')}</Field.Label>
            <SingleSelect
              size="S"
              value={query.category ?? ALL}
              onChange={(value: string | number) =>
                onFilter({
                  category: value === ALL ? undefined : (String(value) as RecipientsQuery['category']),
                  status: undefined,
                })
              }
            >
              <SingleSelectOption value={ALL}>{t('report.recipients.anyCategory', 'Any category')}</SingleSelectOption>
              {REPORT_CATEGORIES.map((category) => (
                <SingleSelectOption key={category} value={category}>
                  {formatMessage(CATEGORY_LABELS[category])}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
        </Box>
        {page.isRefreshing ? <Loader small>{t('report.recipients.loading', 'Loading the recipients')}</Loader> : null}
      </Flex>
      {page.isLoading ? (
        <Loader>{t('report.recipients.loading', 'Loading the recipients')}</Loader>
      ) : page.data === undefined ? (
        <Box padding={4} background="danger100" hasRadius role="alert">
          {errorMessage(page.error)}
        </Box>
      ) : (
        <>
          <RecipientsTable
            recipients={page.data.results}
            emptyMessage={
              filtered
                ? t('report.recipients.noMatch', 'No recipient matches these filters.')
                : t('report.recipients.empty', 'This campaign has no recipients yet.')
            }
            onOpen={setOpen}
          />
          {pagination}
        </>
      )}
      <RecipientModal recipient={open} onClose={() => setOpen(null)} />
    </Flex>
  );
};
