import { Box, Flex, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';

import { useT } from '../../../hooks/useT';

import { WIZARD_STEPS, type WizardStepId } from './draft';

const LABELS: Record<WizardStepId, { id: string; defaultMessage: string }> = {
  description: { id: 'wizard.step.description', defaultMessage: 'Description' },
  recipients: { id: 'wizard.step.recipients', defaultMessage: 'Recipients' },
  message: { id: 'wizard.step.message', defaultMessage: 'Message' },
  send: { id: 'wizard.step.send', defaultMessage: 'Test and send' },
};

interface WizardStepperProps {
  current: WizardStepId;
  /** Steps the user may open now: the ones before the first incomplete step, and that one. */
  canOpen: (step: WizardStepId) => boolean;
  onOpen: (step: WizardStepId) => void;
}

/** Description → Recipients → Message → Test and send; done steps can be opened again. */
export const WizardStepper = ({ current, canOpen, onOpen }: WizardStepperProps) => {
  const t = useT();
  const currentIndex = WIZARD_STEPS.indexOf(current);
  return (
    <Flex tag="ol" gap={3} wrap="wrap" aria-label={t('wizard.steps', 'Campaign steps')}>
      {WIZARD_STEPS.map((step, index) => {
        const isCurrent = step === current;
        const isDone = index < currentIndex;
        const label = t(LABELS[step].id, LABELS[step].defaultMessage);
        const enabled = !isCurrent && canOpen(step);
        return (
          <Flex key={step} tag="li" gap={2} aria-current={isCurrent ? 'step' : undefined}>
            <Box
              tag="button"
              type="button"
              disabled={!enabled}
              onClick={() => onOpen(step)}
              background="transparent"
              borderStyle="none"
              padding={0}
              cursor={enabled ? 'pointer' : 'default'}
            >
              <Flex gap={2}>
                <Flex
                  justifyContent="center"
                  alignItems="center"
                  width="2.4rem"
                  height="2.4rem"
                  hasRadius
                  borderRadius="50%"
                  background={isCurrent || isDone ? 'primary600' : 'neutral200'}
                >
                  {isDone ? (
                    <Check fill="neutral0" aria-hidden />
                  ) : (
                    <Typography variant="pi" fontWeight="bold" textColor={isCurrent ? 'neutral0' : 'neutral600'}>
                      {index + 1}
                    </Typography>
                  )}
                </Flex>
                <Typography
                  variant="omega"
                  fontWeight={isCurrent ? 'bold' : undefined}
                  textColor={isCurrent ? 'primary700' : enabled ? 'neutral800' : 'neutral500'}
                >
                  {label}
                </Typography>
              </Flex>
            </Box>
            {index < WIZARD_STEPS.length - 1 ? (
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
