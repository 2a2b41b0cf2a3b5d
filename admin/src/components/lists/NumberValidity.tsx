import { Badge, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ListEntry } from '../../../../server/src/contracts';
import { getTranslation } from '../../utils/getTranslation';
import { numberReasonMessage } from '../../utils/phone';

/** "Valid", or why the number will not be messaged, in words rather than a code. */
export const NumberValidity = ({ entry }: { entry: Pick<ListEntry, 'valid' | 'reason'> }) => {
  const { formatMessage } = useIntl();
  if (entry.valid) {
    return (
      <Badge size="S" backgroundColor="success100" textColor="success700">
        {formatMessage({ id: getTranslation('entry.valid'), defaultMessage: 'Valid' })}
      </Badge>
    );
  }
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Badge size="S" backgroundColor="danger100" textColor="danger700">
        {formatMessage({ id: getTranslation('entry.invalid'), defaultMessage: 'Invalid' })}
      </Badge>
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(numberReasonMessage(entry.reason))}
      </Typography>
    </Flex>
  );
};
