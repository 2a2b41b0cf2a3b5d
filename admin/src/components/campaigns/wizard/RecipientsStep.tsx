import * as React from 'react';

import { Alert, Box, Divider, Flex, Grid, LinkButton, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { useFetchClient } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';

import { createEntry, createList, getList, getLists } from '../../../api/lists';
import type { AudienceSummary, ListSummary } from '../../../../../server/src/contracts';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useErrorMessage } from '../../../hooks/useErrorMessage';
import { useResource, type Resource } from '../../../hooks/useResource';
import { useT } from '../../../hooks/useT';
import { PLUGIN_ID } from '../../../pluginId';

import { AudienceSummaryView } from './AudienceSummaryView';
import type { WizardDraft } from './draft';
import { ExclusionPicker } from './ExclusionPicker';
import { ListPicker } from './ListPicker';
import { ManualNumbers, typedFieldNames, type TypedContact } from './ManualNumbers';

interface RecipientsStepProps {
  campaignId: number;
  value: Pick<WizardDraft, 'name' | 'kind' | 'listIds' | 'exclusionListIds'>;
  onChange: (patch: Partial<WizardDraft>) => void;
  audience: Resource<AudienceSummary | null>;
  error?: string;
}

/** The chosen lists, in their order, loaded once each (a list outside the search stays named). */
const useChosenLists = (ids: number[]) => {
  const client = useFetchClient();
  const [known, setKnown] = React.useState<Map<number, ListSummary>>(new Map());
  const missing = ids.filter((id) => !known.has(id));
  React.useEffect(() => {
    if (missing.length === 0) return undefined;
    const controller = new AbortController();
    void Promise.all(missing.map((id) => getList(client, id, controller.signal).catch(() => null))).then((lists) => {
      if (controller.signal.aborted) return;
      setKnown((previous) => {
        const next = new Map(previous);
        for (const list of lists) if (list) next.set(list.id, list);
        return next;
      });
    });
    return () => controller.abort();
    // Only the ids not loaded yet matter; `client` is stable.
  }, [missing.join(',')]);
  const remember = (list: ListSummary) => setKnown((previous) => new Map(previous).set(list.id, list));
  return { lists: ids.map((id) => known.get(id)).filter((list): list is ListSummary => Boolean(list)), remember };
};

/** Step 2 (seed 001, "Destinataires"): lists, exclusions and the server's count of who will receive it. */
export const RecipientsStep = ({ campaignId, value, onChange, audience, error }: RecipientsStepProps) => {
  const t = useT();
  const client = useFetchClient();
  const errorMessage = useErrorMessage();
  const [typedError, setTypedError] = React.useState<string | null>(null);
  // The most recent active lists, or those whose name matches what is typed, searched by the server.
  const [search, setSearch] = React.useState('');
  const searched = useDebouncedValue(search.trim(), 250);
  const candidates = useResource(
    (signal) =>
      getLists(
        client,
        { page: 1, pageSize: 50, kind: 'contacts', status: 'active', ...(searched ? { search: searched } : {}) },
        signal
      ),
    `lists:${searched}`
  );
  const exclusions = useResource(
    (signal) => getLists(client, { page: 1, pageSize: 100, kind: 'exclusion' }, signal).then((page) => page.results),
    'exclusions'
  );
  const chosen = useChosenLists(value.listIds);
  const importLink = `/plugins/${PLUGIN_ID}/imports/new?campaignId=${campaignId}`;

  const typedFields = typedFieldNames(chosen.lists.map((list) => list.fields));
  const createTypedList = async (contacts: TypedContact[]) => {
    setTypedError(null);
    try {
      const list = await createList(client, {
        name: t('wizard.typed.listName', '{campaign} — typed numbers', { campaign: value.name }),
        description: t('wizard.typed.listDescription', 'Numbers typed in the campaign wizard, only for this campaign.'),
        persistence: 'expiring',
        expiresAfterMonths: 1,
        fields: typedFields,
      });
      // Sequential on purpose: at most MAX_TYPED_NUMBERS small requests, and a bad number stops here.
      for (const contact of contacts) await createEntry(client, list.id, contact);
      const filled = await getList(client, list.id);
      chosen.remember(filled);
      onChange({ listIds: [...value.listIds, filled.id] });
      return true;
    } catch (thrown) {
      setTypedError(errorMessage(thrown));
      return false;
    }
  };

  return (
    <Grid.Root gap={6}>
      <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Flex justifyContent="space-between" alignItems="center" gap={4} wrap="wrap">
            <Typography variant="delta" tag="h3">
              {t('wizard.lists.title', 'Contact lists')}
            </Typography>
            <LinkButton tag={RouterLink} to={importLink} variant="secondary" startIcon={<Upload />}>
              {t('wizard.lists.import', 'Import a new list')}
            </LinkButton>
          </Flex>
          {error ? (
            <Alert variant="danger" closeLabel={t('common.close', 'Close')}>
              {error}
            </Alert>
          ) : null}
          <ListPicker
            chosen={chosen.lists}
            candidates={candidates.data?.results ?? []}
            isLoading={candidates.isLoading || candidates.isRefreshing || searched !== search.trim()}
            onSearch={setSearch}
            onAdd={(list) => {
              chosen.remember(list);
              onChange({ listIds: [...value.listIds, list.id] });
            }}
            onRemove={(list) => onChange({ listIds: value.listIds.filter((id) => id !== list.id) })}
          />
          <Divider />
          <ManualNumbers fieldNames={typedFields} onCreate={createTypedList} />
          {typedError ? (
            <Alert variant="danger" closeLabel={t('common.close', 'Close')}>
              {typedError}
            </Alert>
          ) : null}
          <Divider />
          <ExclusionPicker
            kind={value.kind}
            lists={exclusions.data ?? []}
            chosenIds={value.exclusionListIds}
            onChange={(exclusionListIds) => onChange({ exclusionListIds })}
          />
        </Flex>
      </Grid.Item>
      <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
        <Box>
          {value.listIds.length === 0 ? (
            <Typography textColor="neutral600">
              {t('wizard.audience.choose', 'Choose a list to see how many recipients will receive the campaign.')}
            </Typography>
          ) : audience.error && !audience.data ? (
            <Alert variant="danger" closeLabel={t('common.close', 'Close')}>
              {errorMessage(audience.error)}
            </Alert>
          ) : (
            <AudienceSummaryView
              summary={audience.data ?? null}
              isLoading={audience.isLoading || audience.isRefreshing}
            />
          )}
        </Box>
      </Grid.Item>
    </Grid.Root>
  );
};
