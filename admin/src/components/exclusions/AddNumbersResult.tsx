import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AddNumbersResult as Result } from '../../api/lists';
import { getTranslation } from '../../utils/getTranslation';
import { numberReasonMessage } from '../../utils/phone';

/** Invalid values listed one by one; beyond this many, only the count is worth reading. */
const SHOWN_INVALID = 50;

/** What happened to each pasted number: added, already there, or rejected and why. */
export const AddNumbersResult = ({ result }: { result: Result }) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const hidden = result.invalid.length - SHOWN_INVALID;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} role="status">
      <Typography textColor="success600" fontWeight="bold">
        {t(
          'addNumbers.result.added',
          '{count, plural, =0 {No number added} one {# number added} other {# numbers added}}',
          {
            count: result.added,
          }
        )}
      </Typography>
      {result.alreadyPresent > 0 ? (
        <Typography textColor="neutral800">
          {t(
            'addNumbers.result.alreadyPresent',
            '{count, plural, one {# number was} other {# numbers were}} already in the list.',
            { count: result.alreadyPresent }
          )}
        </Typography>
      ) : null}
      {result.invalid.length > 0 ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography textColor="danger600" fontWeight="bold">
            {t(
              'addNumbers.result.invalid',
              '{count, plural, one {# value is not a usable number:} other {# values are not usable numbers:}}',
              { count: result.invalid.length }
            )}
          </Typography>
          <Box tag="ul" paddingLeft={4}>
            {result.invalid.slice(0, SHOWN_INVALID).map((item, index) => (
              <li key={`${index}-${item.value}`}>
                <Typography textColor="neutral800">
                  {t('addNumbers.result.invalidItem', '“{value}”: {reason}', {
                    value: item.value,
                    reason: formatMessage(numberReasonMessage(item.reason)),
                  })}
                </Typography>
              </li>
            ))}
          </Box>
          {hidden > 0 ? (
            <Typography variant="pi" textColor="neutral600">
              {t('addNumbers.result.more', 'and {count} more', { count: formatNumber(hidden) })}
            </Typography>
          ) : null}
        </Flex>
      ) : null}
    </Flex>
  );
};
