import { Badge, Flex, Typography } from '@strapi/design-system';

import type { MessageAnalysis } from '../../../../../server/src/core/analyze';
import { useT } from '../../../hooks/useT';

import { capacityOf } from './model';

interface MessageCounterProps {
  analysis: MessageAnalysis;
  maxSegments: number;
}

/** Seed 001's "1 SMS — 145/160", measured on the longest rendering; over the account's limit it is an error. */
export const MessageCounter = ({ analysis, maxSegments }: MessageCounterProps) => {
  const t = useT();
  const over = analysis.tooLong;
  return (
    <Flex direction="column" alignItems="flex-end" gap={1} aria-live="polite">
      <Flex gap={2}>
        <Badge>{analysis.encoding}</Badge>
        <Typography
          variant="omega"
          fontWeight="bold"
          textColor={over ? 'danger600' : 'neutral800'}
          data-testid="sms-counter"
        >
          {t('editor.counter.value', '{segments} SMS — {used}/{limit}', {
            segments: analysis.segments,
            used: analysis.units,
            limit: capacityOf(analysis),
          })}
        </Typography>
      </Flex>
      {over ? (
        <Typography variant="pi" textColor="danger600" role="alert">
          {t(
            'editor.counter.tooLong',
            'Too long: your account sends at most {max, plural, one {# SMS} other {# SMS}} ({units} characters) per message. Shorten the text or the fields.',
            { max: maxSegments, units: analysis.maxUnits }
          )}
        </Typography>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t(
            'editor.counter.hint',
            'Counted on the longest value of each field, with the STOP mention and tracked links at their short length.'
          )}
        </Typography>
      )}
    </Flex>
  );
};
