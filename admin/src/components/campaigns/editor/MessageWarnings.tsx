import { Flex, Typography } from '@strapi/design-system';

import type { AudienceSummary } from '../../../../../server/src/contracts/wizard';
import { unknownTemplateFields } from '../../../../../server/src/core/counter';
import { useT } from '../../../hooks/useT';

import { danglingLinkTokens, fieldNameOf, fieldToken, type MessageStepValue } from './model';

interface MessageWarningsProps {
  value: MessageStepValue;
  audience: AudienceSummary | null;
}

/**
 * What the server would refuse at send time, said while the user types: a field the chosen lists
 * do not have (UNKNOWN_FIELD, status 5) and a `${track_N}` with no tracked link behind it.
 */
export const MessageWarnings = ({ value, audience }: MessageWarningsProps) => {
  const t = useT();
  // The tracked links' addresses are personalised too (https://www.monsite.com/id=${ID}).
  const texts = [value.message, ...value.trackedLinks.map((link) => link.url)];
  const available = audience ? audience.fields.map(fieldNameOf) : [];
  const unknown = audience
    ? [...new Set(texts.flatMap((text) => unknownTemplateFields(text, available, value.fieldDefaults)))]
    : [];
  const dangling = danglingLinkTokens(value.message, value.trackedLinks.length);
  if (unknown.length === 0 && dangling.length === 0) return null;

  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      {unknown.length > 0 ? (
        <Typography variant="pi" textColor="danger600" data-testid="unknown-fields">
          {t(
            'editor.warnings.unknownFields',
            'Not a field of the chosen lists: {fields}. Check the spelling, or give it a default value.',
            { fields: unknown.map(fieldToken).join(', ') }
          )}
        </Typography>
      ) : null}
      {dangling.length > 0 ? (
        <Typography variant="pi" textColor="danger600" data-testid="dangling-links">
          {t(
            'editor.warnings.danglingLinks',
            '{tokens}: no tracked link behind it. Remove it and type the URL again to track it.',
            { tokens: dangling.join(', ') }
          )}
        </Typography>
      ) : null}
    </Flex>
  );
};
