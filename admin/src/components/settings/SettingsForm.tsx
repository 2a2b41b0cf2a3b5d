import { Flex } from '@strapi/design-system';

import { DestinationsSection } from './DestinationsSection';
import { LimitsSection } from './LimitsSection';
import { SendersSection } from './SendersSection';
import { SendingWindowsSection } from './SendingWindowsSection';
import { ShortLinksSection } from './ShortLinksSection';
import type { SettingsSectionProps } from './types';

/** Every plugin setting, grouped as a user thinks of them. State lives in `useSettingsForm`. */
export const SettingsForm = (props: SettingsSectionProps) => (
  <Flex direction="column" alignItems="stretch" gap={6}>
    <SendersSection {...props} />
    <SendingWindowsSection {...props} />
    <DestinationsSection {...props} />
    <LimitsSection {...props} />
    <ShortLinksSection {...props} />
  </Flex>
);
