import * as React from 'react';

import { Box, Button, Dialog, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { useT } from '../../../hooks/useT';

interface StopMentionProps {
  /** null = the default `STOP <short code>`; '' = removed. */
  value: string | null;
  defaultMention: string;
  onChange: (value: string | null) => void;
  error?: string;
}

/**
 * The STOP mention, shown as the message's last line and editable. Removing it is a legal choice
 * the user makes knowingly: a dialog says so, and the campaign would be refused at send time.
 */
export const StopMention = ({ value, defaultMention, onChange, error }: StopMentionProps) => {
  const t = useT();
  const [confirming, setConfirming] = React.useState(false);
  // What the input shows while the user types: an emptied input is not a removal until confirmed.
  const [draft, setDraft] = React.useState<string | null>(null);
  const shown = draft ?? value ?? defaultMention;

  if (value === '') {
    return (
      <Box background="danger100" padding={3} hasRadius>
        <Flex gap={3} justifyContent="space-between" wrap="wrap">
          <Typography variant="pi" textColor="danger700" role="alert">
            {t(
              'editor.stop.removed',
              'No STOP mention: marketing SMS must let recipients opt out, and the campaign will be refused at send time.'
            )}
          </Typography>
          <Button size="S" variant="secondary" onClick={() => onChange(null)}>
            {t('editor.stop.restore', 'Restore “{mention}”', { mention: defaultMention })}
          </Button>
        </Flex>
      </Box>
    );
  }

  const remove = () => {
    setDraft(null);
    setConfirming(false);
    onChange('');
  };
  const keep = () => {
    setDraft(null);
    setConfirming(false);
  };

  return (
    <>
      <Field.Root
        name="stopMention"
        error={error}
        hint={t('editor.stop.hint', 'A legal obligation for marketing SMS: recipients reply STOP to opt out.')}
      >
        <Field.Label>{t('editor.stop.label', 'STOP mention (last line of the message)')}</Field.Label>
        <Flex gap={2} alignItems="flex-start">
          <Box flex="1">
            <TextInput
              value={shown}
              maxLength={40}
              autoComplete="off"
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                const next = event.target.value;
                if (next.trim() === '') {
                  setDraft(next);
                  setConfirming(true);
                  return;
                }
                setDraft(null);
                onChange(next === defaultMention ? null : next);
              }}
            />
          </Box>
          <Button variant="danger-light" onClick={() => setConfirming(true)}>
            {t('editor.stop.remove', 'Remove')}
          </Button>
        </Flex>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
      <Dialog.Root open={confirming} onOpenChange={(open) => (open ? setConfirming(true) : keep())}>
        <Dialog.Content>
          <Dialog.Header>{t('editor.stop.confirm.title', 'Remove the STOP mention?')}</Dialog.Header>
          <Dialog.Body icon={<WarningCircle fill="danger600" />}>
            <Typography tag="p">
              {t(
                'editor.stop.confirm.body',
                'The STOP mention is a legal obligation for marketing SMS: recipients must be able to opt out for free. Without it, the campaign will be refused when you send it.'
              )}
            </Typography>
          </Dialog.Body>
          <Dialog.Footer>
            <Dialog.Cancel>
              <Button fullWidth variant="tertiary" onClick={keep}>
                {t('editor.stop.confirm.keep', 'Keep the mention')}
              </Button>
            </Dialog.Cancel>
            <Dialog.Action>
              <Button fullWidth variant="danger" onClick={remove}>
                {t('editor.stop.confirm.remove', 'Remove it')}
              </Button>
            </Dialog.Action>
          </Dialog.Footer>
        </Dialog.Content>
      </Dialog.Root>
    </>
  );
};
