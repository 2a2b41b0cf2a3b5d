import { Flex, Typography } from '@strapi/design-system';

import type { ListSummary } from '../../../../../server/src/contracts';
import { useT } from '../../../hooks/useT';
import { CheckboxField } from '../../form/CheckboxField';

interface ExclusionPickerProps {
  kind: 'marketing' | 'notification';
  lists: ListSummary[];
  chosenIds: number[];
  onChange: (ids: number[]) => void;
}

/**
 * Exclusion lists to apply (seed 004). The account's opt-out list is always applied to marketing
 * by the server: it is shown ticked and locked rather than stored in the draft.
 */
export const ExclusionPicker = ({ kind, lists, chosenIds, onChange }: ExclusionPickerProps) => {
  const t = useT();
  const toggle = (id: number, checked: boolean) =>
    onChange(checked ? [...chosenIds, id] : chosenIds.filter((chosen) => chosen !== id));
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h3">
        {t('wizard.exclusions.title', 'Exclusion lists')}
      </Typography>
      {lists.map((list) => {
        const locked = Boolean(list.system) && kind === 'marketing';
        return (
          <CheckboxField
            key={list.id}
            checked={locked || chosenIds.includes(list.id)}
            disabled={locked}
            onChange={(checked) => toggle(list.id, checked)}
            label={list.system ? t('exclusions.account.name', 'Account opt-out list') : list.name}
            hint={
              locked
                ? t(
                    'wizard.exclusions.optOut.locked',
                    'Always applied to marketing campaigns: numbers that replied STOP are never messaged again.'
                  )
                : t('wizard.exclusions.count', '{count, plural, one {# number} other {# numbers}}', {
                    count: list.contactCount,
                  })
            }
          />
        );
      })}
      {lists.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('wizard.exclusions.none', 'No exclusion list yet.')}
        </Typography>
      ) : null}
    </Flex>
  );
};
