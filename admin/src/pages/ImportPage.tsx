import * as React from 'react';

import { Alert, Flex } from '@strapi/design-system';
import { BackButton, Layouts, Page } from '@strapi/strapi/admin';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';

import type { ImportJob, ListSummary } from '../../../server/src/contracts';
import { SourceStep } from '../components/imports/SourceStep';
import { WizardSteps } from '../components/imports/WizardSteps';
import { useAttributes } from '../hooks/useContacts';
import { useImportErrorMessage } from '../hooks/useImportErrorMessage';
import { useImportActions, useImportJob, useOptionalList } from '../hooks/useImports';
import { useT } from '../hooks/useT';
import { PAGE_PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../pluginId';

import { ImportJobView } from './parts/ImportJobView';
import { ResourceView } from './parts/ResourceView';

const BASE = `/plugins/${PLUGIN_ID}`;

/** Step 1: once the file is on the server, the job's id goes into the URL and the wizard follows it. */
const NewImport = ({ search }: { search: string }) => {
  const t = useT();
  const navigate = useNavigate();
  const actions = useImportActions();
  const importErrorMessage = useImportErrorMessage();
  const [uploading, setUploading] = React.useState<File | null>(null);
  const [isPasting, setIsPasting] = React.useState(false);
  const [problem, setProblem] = React.useState<string | null>(null);

  const send = async (request: () => Promise<ImportJob>) => {
    setProblem(null);
    try {
      const job = await request();
      // Replaced, not pushed: "back" leaves the wizard instead of returning to an empty upload.
      navigate(`${BASE}/imports/${job.id}${search}`, { replace: true });
    } catch (error) {
      setProblem(importErrorMessage(error));
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <WizardSteps current="source" />
      {problem ? (
        <Alert variant="danger" closeLabel={t('common.close', 'Close')} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      ) : null}
      <SourceStep
        uploading={uploading}
        isPasting={isPasting}
        onFile={(file) => {
          setUploading(file);
          void send(() => actions.upload(file)).finally(() => setUploading(null));
        }}
        onPaste={(text) => {
          setIsPasting(true);
          void send(() => actions.paste(text)).finally(() => setIsPasting(false));
        }}
      />
    </Flex>
  );
};

const JobSteps = (props: { id: number; fromList: ListSummary | null; isExclusion: boolean; restartLink: string }) => {
  const job = useImportJob(props.id);
  const attributes = useAttributes();
  return (
    <ResourceView resource={job}>
      {(data) => (
        <ResourceView resource={attributes}>
          {(list) => <ImportJobView job={{ ...job, data }} attributes={list} {...props} />}
        </ResourceView>
      )}
    </ResourceView>
  );
};

/**
 * The import wizard: `imports/new` (with `?listId=` to import into a list, `?kind=exclusion` for a
 * new exclusion list), then `imports/:id`, which a reload or a later visit resumes where the job is.
 */
const ImportPage = () => {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const listId = Number(params.get('listId')) || null;
  const fromList = useOptionalList(listId);
  const search = params.toString() ? `?${params.toString()}` : '';

  return (
    <Page.Main>
      <Page.Title>{t('import.pageTitle', 'Import — Mobile Campaigns')}</Page.Title>
      <ResourceView resource={fromList}>
        {(list) => {
          const isExclusion = list ? list.kind === 'exclusion' : params.get('kind') === 'exclusion';
          const listsPage = `${BASE}/${isExclusion ? 'exclusions' : 'lists'}`;
          return (
            <>
              <Layouts.Header
                navigationAction={<BackButton fallback={list ? `${listsPage}/${list.id}` : listsPage} />}
                title={
                  isExclusion
                    ? t('import.titleExclusion', 'Import numbers into an exclusion list')
                    : t('import.title', 'Import contacts')
                }
                subtitle={
                  list
                    ? t('import.subtitle.list', 'Into “{name}”', {
                        name: list.system ? t('exclusions.account.name', 'Account opt-out list') : list.name,
                      })
                    : t(
                        'import.subtitle',
                        'From a CSV or TXT file, or values you paste. Nothing is written until you confirm the summary.'
                      )
                }
              />
              <Layouts.Content>
                {id ? (
                  <JobSteps
                    key={id}
                    id={Number(id)}
                    fromList={list}
                    isExclusion={isExclusion}
                    restartLink={`${BASE}/imports/new${search}`}
                  />
                ) : (
                  <NewImport search={search} />
                )}
              </Layouts.Content>
            </>
          );
        }}
      </ResourceView>
    </Page.Main>
  );
};

const ProtectedImportPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.contacts}>
    <ImportPage />
  </Page.Protect>
);

export { ImportPage, ProtectedImportPage };
