import * as React from 'react';

import { Alert, Flex } from '@strapi/design-system';
import { Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { useSearchParams } from 'react-router-dom';

import type { Attribute, ImportJob, ImportStartInput, ListSummary } from '../../../../server/src/contracts';
import { FormatStep } from '../../components/imports/FormatStep';
import { ImportOutcome } from '../../components/imports/ImportOutcome';
import { SummaryStep } from '../../components/imports/SummaryStep';
import { WizardSteps } from '../../components/imports/WizardSteps';
import { forgetImportChoices, useImportChoices } from '../../hooks/useImportChoices';
import { useImportErrorMessage } from '../../hooks/useImportErrorMessage';
import { useImportActions, useOptionalList } from '../../hooks/useImports';
import { useLists } from '../../hooks/useLists';
import type { Resource } from '../../hooks/useResource';
import { useT } from '../../hooks/useT';
import { CONTACT_ACTIONS } from '../../permissions';
import { PLUGIN_ID } from '../../pluginId';
import { defaultMapping, mappingToSend, validateMapping, type MappingProblem } from '../../utils/importMapping';

interface ImportJobViewProps {
  job: Resource<ImportJob> & { data: ImportJob };
  attributes: readonly Attribute[];
  /** The list the wizard was opened from. */
  fromList: ListSummary | null;
  isExclusion: boolean;
  restartLink: string;
}

/** Steps 2 to 4 of one import job, chosen by the job's status on the server. */
export const ImportJobView = ({
  job: resource,
  attributes,
  fromList,
  isExclusion,
  restartLink,
}: ImportJobViewProps) => {
  const t = useT();
  const job = resource.data;
  const actions = useImportActions();
  const importErrorMessage = useImportErrorMessage();
  const { toggleNotification } = useNotification();
  const {
    allowedActions: { canPersonalData },
  } = useRBAC(CONTACT_ACTIONS);
  const { choices, update } = useImportChoices(job, attributes);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [problems, setProblems] = React.useState<Record<number, MappingProblem>>({});
  const [targetNameError, setTargetNameError] = React.useState<string>();
  const [targetListError, setTargetListError] = React.useState<string>();
  // The standalone wizard may append to a list of the import's kind (opened from a list, it goes there).
  const lists = useLists({ page: 1, pageSize: 100, kind: isExclusion ? 'exclusion' : 'contacts', status: 'active' });
  const [isBusy, setIsBusy] = React.useState(false);
  const [isEditing, setIsEditing] = React.useState(false);
  const resultList = useOptionalList(job.listId);
  const listKind = resultList.data?.kind ?? (isExclusion ? 'exclusion' : 'contacts');
  // The campaign wizard's "Import a new list" passes `?campaignId=`: the new list goes back to it.
  const [params] = useSearchParams();
  const campaignId = Number(params.get('campaignId')) || null;
  const campaignLink =
    campaignId && job.listId && listKind === 'contacts'
      ? `/plugins/${PLUGIN_ID}/campaigns/${campaignId}?step=recipients&addList=${job.listId}`
      : null;
  const listLink = job.listId
    ? `/plugins/${PLUGIN_ID}/${listKind === 'exclusion' ? 'exclusions' : 'lists'}/${job.listId}`
    : null;

  React.useEffect(() => {
    // Once the import is over nothing is left to resume: the choices are not kept any longer.
    if (job.status === 'completed' || job.status === 'cancelled') forgetImportChoices(job.id);
  }, [job.id, job.status]);

  /** Runs a request that answers the job; a failure is told above the step, in the user's words. */
  const run = async (request: () => Promise<ImportJob>) => {
    setIsBusy(true);
    setProblem(null);
    try {
      resource.setData(await request());
      return true;
    } catch (error) {
      setProblem(importErrorMessage(error));
      return false;
    } finally {
      setIsBusy(false);
    }
  };

  if (!choices) return <Page.Loading />;
  const phoneColumn = choices.phoneColumn;
  const format = { encoding: job.format.encoding, delimiter: job.format.delimiter, hasHeader: job.format.hasHeader };
  const mappingProblems = () =>
    isExclusion || phoneColumn === null ? {} : validateMapping(choices.mapping, phoneColumn, attributes);

  const analyse = async () => {
    if (phoneColumn === null) return;
    const found = mappingProblems();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const ok = await run(() =>
      actions.analyse(job.id, { ...format, phoneColumn, listKind: isExclusion ? 'exclusion' : 'contacts' })
    );
    if (ok) setIsEditing(false);
  };

  const start = async () => {
    if (phoneColumn === null) return;
    const found = mappingProblems();
    if (Object.keys(found).length > 0) {
      setProblems(found);
      setIsEditing(true);
      return;
    }
    const name = choices.target.name.trim();
    const existingId = !fromList && choices.target.mode === 'existing' ? choices.target.listId : undefined;
    if (!fromList && choices.target.mode === 'existing' && !existingId) {
      setTargetListError(t('addToList.list.error', 'Choose a list.'));
      return;
    }
    if (!fromList && !existingId && (name.length === 0 || name.length > 200)) {
      setTargetNameError(t('listForm.name.error', 'Give the list a name of up to 200 characters.'));
      return;
    }
    const { persistence, expiresAfterMonths } = choices.target;
    const input: ImportStartInput = {
      target: fromList
        ? { kind: 'list', listId: fromList.id }
        : existingId
          ? { kind: 'list', listId: existingId }
          : {
              kind: 'new-list',
              list: isExclusion
                ? { name, kind: 'exclusion', persistence: 'permanent' }
                : {
                    name,
                    kind: 'contacts',
                    persistence,
                    ...(persistence === 'expiring' ? { expiresAfterMonths } : {}),
                  },
            },
      mapping: isExclusion
        ? job.format.headers.map(() => ({ action: 'skip' }))
        : mappingToSend(choices.mapping, phoneColumn),
      // Choices kept by an earlier version of the wizard have no `directory`: the directory was always fed then.
      directory: !isExclusion && (choices.directory ?? true),
      updateExisting: !isExclusion && (choices.directory ?? true) && choices.updateExisting,
      keepInvalid: isExclusion || (choices.keepInvalid ?? true),
    };
    await run(() => actions.start(job.id, input));
  };

  const downloadRejected = async () => {
    try {
      await actions.downloadRejected(job.id, job.fileName);
    } catch (error) {
      toggleNotification({ type: 'danger', message: importErrorMessage(error) });
    }
  };

  const showFormat =
    job.status === 'uploaded' ||
    job.status === 'analysing' ||
    (job.status === 'analysed' && (isEditing || job.summary === null));
  const showSummary = job.status === 'analysed' && !isEditing && job.summary !== null;
  const step = showFormat ? 'format' : showSummary ? 'summary' : 'import';

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <WizardSteps current={step} />
      {problem ? (
        <Alert variant="danger" closeLabel={t('common.close', 'Close')} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      ) : null}
      {showFormat ? (
        <FormatStep
          job={job}
          isExclusion={isExclusion}
          attributes={attributes}
          phoneColumn={phoneColumn}
          mapping={choices.mapping}
          problems={problems}
          directory={choices.directory ?? true}
          updateExisting={choices.updateExisting}
          isBusy={isBusy}
          canContinue={job.status === 'analysed' && job.summary?.phoneColumn === phoneColumn}
          onFormatChange={(next) => void run(() => actions.updateFormat(job.id, next))}
          onPhoneColumnChange={(column) => {
            setProblems({});
            // The column that held the numbers until now gets the choice any other column would get.
            const defaults = defaultMapping(job.format.headers, column, attributes);
            update({
              phoneColumn: column,
              mapping: choices.mapping.map((entry, index) => (index === phoneColumn ? defaults[index] : entry)),
            });
          }}
          onMappingChange={(index, entry) => {
            setProblems(({ [index]: _cleared, ...rest }) => rest);
            update({ mapping: choices.mapping.map((current, i) => (i === index ? entry : current)) });
          }}
          onDirectoryChange={(directory) => update({ directory })}
          onUpdateExistingChange={(updateExisting) => update({ updateExisting })}
          onAnalyse={() => void analyse()}
          onContinue={() => {
            const found = mappingProblems();
            setProblems(found);
            if (Object.keys(found).length === 0) setIsEditing(false);
          }}
        />
      ) : null}
      {showSummary && job.summary ? (
        <SummaryStep
          summary={job.summary}
          list={fromList}
          lists={fromList ? undefined : (lists.data?.results ?? [])}
          isExclusion={isExclusion}
          target={choices.target}
          targetNameError={targetNameError}
          targetListError={targetListError}
          directory={!isExclusion && (choices.directory ?? true)}
          keepInvalid={choices.keepInvalid ?? true}
          isBusy={isBusy}
          onTargetChange={(target) => {
            setTargetNameError(undefined);
            setTargetListError(undefined);
            update({ target });
          }}
          onKeepInvalidChange={(keepInvalid) => update({ keepInvalid })}
          onDownloadRejected={canPersonalData ? () => void downloadRejected() : undefined}
          onBack={() => setIsEditing(true)}
          onStart={() => void start()}
        />
      ) : null}
      {step === 'import' ? (
        <ImportOutcome
          job={job}
          listLink={listLink}
          campaignLink={campaignLink}
          restartLink={restartLink}
          onCancel={() => run(() => actions.cancel(job.id))}
        />
      ) : null}
    </Flex>
  );
};
