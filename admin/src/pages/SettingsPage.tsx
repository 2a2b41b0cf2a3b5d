import * as React from 'react';

import { Button, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise, Check } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import type { Settings, SettingsMeta, TopUpInput } from '../../../server/src/contracts';
import { CreditsSettingsSection } from '../components/settings/CreditsSettingsSection';
import { SettingsForm } from '../components/settings/SettingsForm';
import { isSettingsField } from '../components/settings/settingsErrors';
import { useCredits } from '../hooks/useCredits';
import { useErrorMessage } from '../hooks/useErrorMessage';
import { useSettings } from '../hooks/useSettings';
import { useSettingsForm } from '../hooks/useSettingsForm';
import { PAGE_PERMISSIONS } from '../permissions';
import { getServerFieldErrors, type FieldErrors, type SubmitResult } from '../utils/fieldErrors';
import { getTranslation } from '../utils/getTranslation';

const FORM_ID = 'mobile-campaigns-settings';

const useT = () => {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string) => formatMessage({ id: getTranslation(id), defaultMessage });
};

const RetryButton = ({ onClick }: { onClick: () => void }) => {
  const t = useT();
  return (
    <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={onClick}>
      {t('common.retry', 'Try again')}
    </Button>
  );
};

/** Credits load separately: a failure there must not hide the settings form. */
const CreditsArea = () => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const credits = useCredits();

  const handleTopUp = async (input: TopUpInput): Promise<SubmitResult> => {
    try {
      await credits.topUp(input);
      toggleNotification({ type: 'success', message: t('topUp.success', 'Credits added.') });
      return { ok: true };
    } catch (error) {
      const fieldErrors = getServerFieldErrors(error);
      if (fieldErrors) return { ok: false, fieldErrors };
      toggleNotification({ type: 'danger', message: errorMessage(error) });
      return { ok: false };
    }
  };

  if (credits.isLoading) {
    return <Loader small>{t('credits.loading', 'Loading credits…')}</Loader>;
  }
  if (!credits.data) {
    return (
      <Flex direction="column" alignItems="flex-start" gap={3} role="alert">
        <Typography textColor="danger600">{errorMessage(credits.error)}</Typography>
        <RetryButton onClick={() => void credits.refetch()} />
      </Flex>
    );
  }
  return <CreditsSettingsSection credits={credits.data} onTopUp={handleTopUp} />;
};

const SettingsEditor = ({
  saved,
  meta,
  save,
}: {
  saved: Settings;
  meta: SettingsMeta;
  save: (settings: Settings) => Promise<Settings>;
}) => {
  const t = useT();
  const { toggleNotification } = useNotification();
  const errorMessage = useErrorMessage();
  const form = useSettingsForm(saved);
  const [isSaving, setIsSaving] = React.useState(false);
  // Remounting the credits area after a save reloads it, e.g. when the credit mode changed.
  const [creditsKey, setCreditsKey] = React.useState(0);

  const handleSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = form.validate();
    if (!values) {
      toggleNotification({ type: 'warning', message: t('settings.invalid', 'Some settings need your attention.') });
      return;
    }
    setIsSaving(true);
    try {
      await save(values);
      setCreditsKey((key) => key + 1);
      toggleNotification({ type: 'success', message: t('settings.saved', 'Settings saved.') });
    } catch (error) {
      const fieldErrors = getServerFieldErrors(error);
      const known: FieldErrors = Object.fromEntries(
        Object.entries(fieldErrors ?? {}).filter(([field]) => isSettingsField(field))
      );
      if (Object.keys(known).length > 0) {
        form.setErrors(known);
        toggleNotification({ type: 'warning', message: t('settings.invalid', 'Some settings need your attention.') });
      } else {
        toggleNotification({ type: 'danger', message: errorMessage(error) });
      }
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <>
      <Layouts.Header
        title={t('plugin.name', 'Mobile Campaigns')}
        subtitle={t('settings.subtitle', 'Defaults and rules for your SMS and voicemail-drop campaigns.')}
        primaryAction={
          <Button type="submit" form={FORM_ID} startIcon={<Check />} disabled={!form.isDirty} loading={isSaving}>
            {t('settings.save', 'Save')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} paddingBottom={8}>
          <form id={FORM_ID} onSubmit={handleSubmit} noValidate>
            <SettingsForm
              values={form.values}
              errors={form.errors}
              onChange={form.setField}
              disabled={isSaving}
              serverWindows={meta.sendingWindows}
              shortLinks={meta.shortLinks}
            />
          </form>
          <CreditsArea key={creditsKey} />
        </Flex>
      </Layouts.Content>
    </>
  );
};

const SettingsPage = () => {
  const t = useT();
  const errorMessage = useErrorMessage();
  const settings = useSettings();

  if (settings.isLoading) {
    return <Page.Loading />;
  }

  return (
    <Page.Main>
      <Page.Title>{t('settings.pageTitle', 'Settings — Mobile Campaigns')}</Page.Title>
      {settings.data ? (
        <SettingsEditor saved={settings.data.settings} meta={settings.data.meta} save={settings.save} />
      ) : (
        <Page.Error
          content={errorMessage(settings.error)}
          action={<RetryButton onClick={() => void settings.refetch()} />}
        />
      )}
    </Page.Main>
  );
};

const ProtectedSettingsPage = () => (
  <Page.Protect permissions={PAGE_PERMISSIONS.settings}>
    <SettingsPage />
  </Page.Protect>
);

export { ProtectedSettingsPage, SettingsPage };
