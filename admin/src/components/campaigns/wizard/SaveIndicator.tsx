import { Flex, Loader, Typography } from '@strapi/design-system';
import { Check, WarningCircle } from '@strapi/icons';

import type { SaveState } from '../../../hooks/useCampaignDraft';
import { useT } from '../../../hooks/useT';

/** Tells whether what is on screen is saved: the draft saves itself, there is no Save button. */
export const SaveIndicator = ({ state }: { state: SaveState }) => {
  const t = useT();
  if (state === 'idle') return null;
  const content =
    state === 'saving' || state === 'pending' ? (
      <>
        <Loader small />
        <Typography variant="pi" textColor="neutral600">
          {t('wizard.save.saving', 'Saving…')}
        </Typography>
      </>
    ) : state === 'saved' ? (
      <>
        <Check fill="success600" aria-hidden />
        <Typography variant="pi" textColor="success600">
          {t('wizard.save.saved', 'Draft saved')}
        </Typography>
      </>
    ) : (
      <>
        <WarningCircle fill="danger600" aria-hidden />
        <Typography variant="pi" textColor="danger600">
          {t('wizard.save.error', 'Not saved: correct the fields in red')}
        </Typography>
      </>
    );
  return (
    <Flex gap={2} role="status" aria-live="polite">
      {content}
    </Flex>
  );
};
