import * as React from 'react';

import { Box, Button, Field, Flex, NumberInput, TextInput, Toggle, Typography } from '@strapi/design-system';
import { PaperPlane } from '@strapi/icons';

import type { TestSendResults } from '../../../api/campaigns';
import { useT } from '../../../hooks/useT';

interface TestSendBlockProps {
  /** Rows in the chosen lists: the personalisation line goes from 1 to this. */
  lineCount: number | null;
  onSend: (numbers: string, line: number) => Promise<TestSendResults | null>;
  error?: string;
  /** "Is the test you received right?": the send button waits for it. */
  approved: boolean;
  onApprove: (approved: boolean) => void;
}

/** Seed 001, step 6: the message as one chosen row of the lists would get it, to a few phones. */
export const TestSendBlock = ({ lineCount, onSend, error, approved, onApprove }: TestSendBlockProps) => {
  const t = useT();
  const [numbers, setNumbers] = React.useState('');
  const [line, setLine] = React.useState(1);
  const [results, setResults] = React.useState<TestSendResults | null>(null);
  const [isSending, setIsSending] = React.useState(false);
  return (
    <Box padding={6} background="neutral0" shadow="filterShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h3">
          {t('wizard.test.title', 'Send a test')}
        </Typography>
        <Flex gap={4} alignItems="flex-start" wrap="wrap">
          <Box flex="2" minWidth="24rem">
            <Field.Root
              name="testNumbers"
              error={error}
              hint={t('wizard.test.numbers.hint', 'One or more mobile numbers separated by “,” or “;”.')}
            >
              <Field.Label>{t('wizard.test.numbers', 'Test numbers')}</Field.Label>
              <TextInput
                value={numbers}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => setNumbers(event.target.value)}
                placeholder="06 12 34 56 78; 07 98 76 54 32"
                autoComplete="off"
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Box>
          <Box flex="1" minWidth="16rem">
            <Field.Root
              name="testLine"
              hint={
                lineCount
                  ? t('wizard.test.line.hint', 'Its fields personalise the test (1 to {max}).', { max: lineCount })
                  : undefined
              }
            >
              <Field.Label>{t('wizard.test.line', 'Personalise with line')}</Field.Label>
              <NumberInput
                value={line}
                onValueChange={(value: number | undefined) =>
                  setLine(Math.max(1, Math.min(lineCount ?? 1, Math.round(value ?? 1))))
                }
                step={1}
              />
              <Field.Hint />
            </Field.Root>
          </Box>
        </Flex>
        <Flex justifyContent="flex-end">
          <Button
            variant="secondary"
            startIcon={<PaperPlane />}
            disabled={!numbers.trim()}
            loading={isSending}
            onClick={async () => {
              setIsSending(true);
              try {
                setResults(await onSend(numbers, line));
              } finally {
                setIsSending(false);
              }
            }}
          >
            {t('wizard.test.send', 'Send the test')}
          </Button>
        </Flex>
        {results ? (
          <Flex
            tag="ul"
            direction="column"
            alignItems="stretch"
            gap={1}
            aria-label={t('wizard.test.results', 'Test results')}
          >
            {results.map((result) => (
              <Typography tag="li" key={result.to} textColor={result.accepted ? 'success600' : 'danger600'}>
                {result.accepted
                  ? t('wizard.test.accepted', '{number}: sent', { number: result.to })
                  : t('wizard.test.refused', '{number}: not sent ({reason})', {
                      number: result.to,
                      reason: result.error ?? '',
                    })}
              </Typography>
            ))}
          </Flex>
        ) : null}
        <Field.Root
          name="testApproved"
          hint={t(
            'wizard.test.approved.hint',
            'Check the sender, the personalisation and the links on your phone. Sending stays locked until you say yes.'
          )}
        >
          <Field.Label>{t('wizard.test.approved', 'Is the test you received right?')}</Field.Label>
          <Toggle
            checked={approved}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => onApprove(event.target.checked)}
            onLabel={t('common.yes', 'Yes')}
            offLabel={t('common.no', 'No')}
          />
          <Field.Hint />
        </Field.Root>
      </Flex>
    </Box>
  );
};
