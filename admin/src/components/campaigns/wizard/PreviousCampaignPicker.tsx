import * as React from 'react';

import { Box, Button, Combobox, ComboboxOption, Field, Flex } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';

import { getCampaigns } from '../../../api/campaigns';
import { useResource } from '../../../hooks/useResource';
import { useT } from '../../../hooks/useT';
import { STATUS_LABELS } from '../../../utils/messages';

/**
 * "Load the settings of a previous campaign" (seed 002): proof campaigns first, as they are made
 * to be copied, then the most recently changed.
 */
export const PreviousCampaignPicker = ({
  excludeId,
  onLoad,
}: {
  excludeId?: number;
  onLoad: (campaignId: number) => Promise<void>;
}) => {
  const t = useT();
  const { formatMessage } = useIntl();
  const client = useFetchClient();
  const campaigns = useResource((signal) =>
    getCampaigns(client, { page: 1, pageSize: 100, sort: 'updatedAt:desc', channel: 'sms' }, signal)
  );
  const [chosen, setChosen] = React.useState<string>('');
  const [isLoading, setIsLoading] = React.useState(false);
  const options = (campaigns.data?.results ?? [])
    .filter((campaign) => campaign.id !== excludeId)
    .sort((a, b) => Number(Boolean(b.isProof)) - Number(Boolean(a.isProof)));

  return (
    <Box padding={4} background="neutral100" hasRadius>
      <Flex gap={4} alignItems="flex-end">
        <Box flex="1">
          <Field.Root
            name="previous"
            hint={t(
              'wizard.previous.hint',
              'Recipients, message and options are copied; this campaign keeps its name. Proof campaigns come first.'
            )}
          >
            <Field.Label>{t('wizard.previous.label', 'Load the settings of a previous campaign')}</Field.Label>
            <Combobox
              value={chosen}
              onChange={(value: string | undefined) => setChosen(value ?? '')}
              placeholder={t('wizard.previous.placeholder', 'Search a campaign by name')}
              noOptionsMessage={() => t('wizard.previous.none', 'No previous campaign')}
              loading={campaigns.isLoading}
            >
              {options.map((campaign) => (
                <ComboboxOption key={campaign.id} value={String(campaign.id)}>
                  {`${campaign.isProof ? `${t('campaign.proof', 'Proof')} · ` : ''}${campaign.name} (${formatMessage(
                    STATUS_LABELS[campaign.status]
                  )})`}
                </ComboboxOption>
              ))}
            </Combobox>
            <Field.Hint />
          </Field.Root>
        </Box>
        <Button
          variant="secondary"
          disabled={!chosen}
          loading={isLoading}
          onClick={async () => {
            setIsLoading(true);
            try {
              await onLoad(Number(chosen));
              setChosen('');
            } finally {
              setIsLoading(false);
            }
          }}
        >
          {t('wizard.previous.load', 'Load its settings')}
        </Button>
      </Flex>
    </Box>
  );
};
