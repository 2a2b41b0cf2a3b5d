import * as React from 'react';

import { Button, Field, Flex, Textarea } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';

/** Numbers typed in one go at most: more belong in an import. */
export const MAX_TYPED_NUMBERS = 100;

/** Splits what was typed into numbers: one per line, or separated by `,` or `;`. */
export const splitTypedNumbers = (text: string) =>
  text
    .split(/[\n,;]+/)
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * Seed 003's "only for this campaign": a few numbers typed by hand become a list of their own,
 * set to expire, added to the campaign.
 */
export const ManualNumbers = ({ onCreate }: { onCreate: (numbers: string[]) => Promise<boolean> }) => {
  const t = useT();
  const [text, setText] = React.useState('');
  const [isCreating, setIsCreating] = React.useState(false);
  const numbers = splitTypedNumbers(text);
  const tooMany = numbers.length > MAX_TYPED_NUMBERS;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Field.Root
        name="typedNumbers"
        error={
          tooMany
            ? t('wizard.typed.tooMany', 'At most {max} numbers here; import a file for more.', {
                max: MAX_TYPED_NUMBERS,
              })
            : undefined
        }
        hint={t(
          'wizard.typed.hint',
          'One number per line, or separated by commas or semicolons. They make a list used only for this campaign.'
        )}
      >
        <Field.Label>{t('wizard.typed.label', 'Type numbers by hand')}</Field.Label>
        <Textarea
          value={text}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setText(event.target.value)}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Flex justifyContent="flex-end">
        <Button
          variant="secondary"
          disabled={numbers.length === 0 || tooMany}
          loading={isCreating}
          onClick={async () => {
            setIsCreating(true);
            try {
              if (await onCreate(numbers)) setText('');
            } finally {
              setIsCreating(false);
            }
          }}
        >
          {t('wizard.typed.submit', 'Add {count, plural, =0 {the numbers} one {this number} other {these # numbers}}', {
            count: numbers.length,
          })}
        </Button>
      </Flex>
    </Flex>
  );
};
