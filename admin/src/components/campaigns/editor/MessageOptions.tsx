import { Field, Flex, Grid, Toggle, Typography } from '@strapi/design-system';

import { useT } from '../../../hooks/useT';

import type { MessageOptionsValue } from './model';

interface MessageOptionsProps {
  value: MessageOptionsValue;
  onChange: (value: MessageOptionsValue) => void;
  maxSegments: number;
}

interface OptionProps {
  name: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

const Option = ({ name, label, hint, checked, disabled, onChange }: OptionProps) => {
  const t = useT();
  return (
    <Field.Root name={name} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <Toggle
        checked={checked}
        disabled={disabled}
        onLabel={t('editor.options.on', 'Yes')}
        offLabel={t('editor.options.off', 'No')}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
      />
      <Field.Hint />
    </Field.Root>
  );
};

/** Seed 001's "Options de message". Emoji need UCS-2, as there: the toggle waits for it. */
export const MessageOptions = ({ value, onChange, maxSegments }: MessageOptionsProps) => {
  const t = useT();
  const allowUnicode = value.allowUnicode === true;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('editor.options.title', 'Message options')}
      </Typography>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Option
            name="allowUnicode"
            label={t('editor.options.allowUnicode', 'Allow every character (UCS-2)')}
            hint={t(
              'editor.options.allowUnicode.hint',
              'Accents, symbols and emoji are sent as typed, but an SMS then holds 70 characters instead of 160.'
            )}
            checked={allowUnicode}
            onChange={(checked) => onChange({ ...value, allowUnicode: checked, emoji: checked ? value.emoji : false })}
          />
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Option
            name="emoji"
            label={t('editor.options.emoji', 'Allow emoji')}
            hint={
              allowUnicode
                ? t('editor.options.emoji.hint', 'Shortcuts such as ;-) become emoji in the message sent.')
                : t('editor.options.emoji.needsUnicode', 'Allow every character (UCS-2) first.')
            }
            checked={allowUnicode && value.emoji === true}
            disabled={!allowUnicode}
            onChange={(checked) => onChange({ ...value, emoji: checked })}
          />
        </Grid.Item>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <Option
            name="replaceNonGsm"
            label={t('editor.options.replaceNonGsm', 'Replace non-GSM characters')}
            hint={t(
              'editor.options.replaceNonGsm.hint',
              'Characters such as ç, â, ê, ë are sent as c, a, e, e, so that an SMS keeps 160 characters.'
            )}
            checked={value.replaceNonGsm !== false}
            onChange={(checked) => onChange({ ...value, replaceNonGsm: checked })}
          />
        </Grid.Item>
      </Grid.Root>
      <Typography variant="pi" textColor="neutral600">
        {t('editor.options.maxSize', 'Maximum size: {count, plural, one {# SMS} other {# SMS}} per message', {
          count: maxSegments,
        })}
      </Typography>
    </Flex>
  );
};
