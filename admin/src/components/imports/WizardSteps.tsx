import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import { getTranslation } from '../../utils/getTranslation';

export type WizardStep = 'source' | 'format' | 'summary' | 'import';

const STEPS: ReadonlyArray<{ step: WizardStep; id: string; defaultMessage: string }> = [
  { step: 'source', id: 'import.step.source', defaultMessage: 'File' },
  { step: 'format', id: 'import.step.format', defaultMessage: 'Format and columns' },
  { step: 'summary', id: 'import.step.summary', defaultMessage: 'Summary' },
  { step: 'import', id: 'import.step.import', defaultMessage: 'Import' },
];

/** Where the user is among the four steps. */
export const WizardSteps = ({ current }: { current: WizardStep }) => {
  const { formatMessage } = useIntl();
  const currentIndex = STEPS.findIndex(({ step }) => step === current);
  return (
    <Flex
      tag="ol"
      gap={2}
      wrap="wrap"
      aria-label={formatMessage({ id: getTranslation('import.steps'), defaultMessage: 'Import steps' })}
    >
      {STEPS.map(({ step, id, defaultMessage }, index) => {
        const isCurrent = index === currentIndex;
        return (
          <Flex key={step} tag="li" gap={2} aria-current={isCurrent ? 'step' : undefined}>
            <Box
              background={index <= currentIndex ? 'primary600' : 'neutral200'}
              hasRadius
              paddingLeft={2}
              paddingRight={2}
            >
              <Typography variant="pi" fontWeight="bold" textColor={index <= currentIndex ? 'neutral0' : 'neutral600'}>
                {index + 1}
              </Typography>
            </Box>
            <Typography
              variant="omega"
              fontWeight={isCurrent ? 'bold' : undefined}
              textColor={isCurrent ? 'neutral800' : 'neutral600'}
            >
              {formatMessage({ id: getTranslation(id), defaultMessage })}
            </Typography>
            {index < STEPS.length - 1 ? (
              <Typography aria-hidden textColor="neutral400">
                ›
              </Typography>
            ) : null}
          </Flex>
        );
      })}
    </Flex>
  );
};
