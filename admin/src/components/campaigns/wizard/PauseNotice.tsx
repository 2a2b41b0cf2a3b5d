import { Alert } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { useT } from '../../../hooks/useT';

interface PauseNoticeProps {
  pauseReason?: string | null;
  /** The error budget's own words (`engine/budget.ts`), e.g. "100 consecutive gateway errors". */
  pauseDetail?: string | null;
  resumeAt?: string | null;
}

/**
 * Why a campaign is paused, as listmonk shows it: the sending hours closed (it resumes by itself),
 * the gateway failed too often (someone must look before resuming), or a user paused it.
 */
export const PauseNotice = ({ pauseReason, pauseDetail, resumeAt }: PauseNoticeProps) => {
  const t = useT();
  const { formatDate } = useIntl();
  const close = t('common.close', 'Close');
  if (pauseReason === 'window') {
    const when = resumeAt ? formatDate(new Date(resumeAt), { dateStyle: 'full', timeStyle: 'short' }) : null;
    return (
      <Alert
        variant="default"
        closeLabel={close}
        title={t('campaigns.pause.window.title', 'Paused: the sending hours are over')}
      >
        {when
          ? t('campaigns.pause.window.body', 'It resumes by itself on {when}.', { when })
          : t('campaigns.pause.window.noSlot', 'It resumes by itself at the next opening of the sending hours.')}
      </Alert>
    );
  }
  if (pauseReason === 'errors') {
    return (
      <Alert
        variant="danger"
        closeLabel={close}
        title={t('campaigns.pause.errors.title', 'Paused: the gateway failed too often')}
      >
        {t(
          'campaigns.pause.errors.body',
          'Check the gateway (its account, credentials and connection), then resume: nothing already sent is sent again. Detail: {detail}',
          { detail: pauseDetail ?? '–' }
        )}
      </Alert>
    );
  }
  if (pauseReason === 'user') {
    return (
      <Alert variant="default" closeLabel={close} title={t('campaigns.pause.user.title', 'Paused by a user')}>
        {t('campaigns.pause.user.body', 'Nothing more is sent until someone resumes it.')}
      </Alert>
    );
  }
  return null;
};
