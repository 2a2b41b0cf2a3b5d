import * as React from 'react';

import { Box, Field, Flex, Grid, Textarea, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';

import type { AudienceLine, AudienceSummary } from '../../../../../server/src/contracts/wizard';
import { analyzeMessage } from '../../../../../server/src/core/analyze';
import { appendStopMention, buildStopMention } from '../../../../../server/src/core/counter';
import { useT } from '../../../hooks/useT';

import { FieldsPanel } from './FieldsPanel';
import { MessageCounter } from './MessageCounter';
import { MessageOptions } from './MessageOptions';
import { MessageWarnings } from './MessageWarnings';
import {
  analyzeOptionsOf,
  counterAnalysis,
  fieldNameOf,
  fieldToken,
  insertAt,
  replaceCharacter,
  stopMentionOf,
  type CampaignKind,
  type MessageStepValue,
} from './model';
import { NonGsmCharacters } from './NonGsmCharacters';
import { PhonePreview } from './PhonePreview';
import { SenderField } from './SenderField';
import { StopMention } from './StopMention';
import { TemplatesBar } from './TemplatesBar';
import { TrackedLinks } from './TrackedLinks';

export type { MessageStepValue } from './model';

// The phone stays in view while the user scrolls through the links and options it reflects.
const Sticky = styled.div`
  position: sticky;
  top: ${({ theme }) => theme.spaces[10]};
`;

export interface MessageStepProps {
  kind: CampaignKind;
  value: MessageStepValue;
  /** The wizard debounces and saves the draft (PUT /campaigns/:id). */
  onChange: (value: MessageStepValue) => void;
  /** null while loading or no list chosen. */
  audience: AudienceSummary | null;
  /** GET /campaigns/audience/line, for the preview's line selector. */
  fetchLine: (line: number) => Promise<AudienceLine>;
  settings: { stopShortCode: string; maxSegments: number; defaultSender: string; trackedLinkLength?: number };
  /** Server-side refusals, already translated. */
  errors?: Partial<Record<keyof MessageStepValue, string>>;
}

/** Step 3 of the wizard (seed 001 step 5): sender, message, personalisation, STOP, options, counter, preview. */
export const MessageStep = ({
  kind,
  value,
  onChange,
  audience,
  fetchLine,
  settings,
  errors = {},
}: MessageStepProps) => {
  const t = useT();
  const textareaRef = React.useRef<HTMLTextAreaElement>(null);
  // Where the caret goes once the parent has handed the new message back.
  const pendingCaret = React.useRef<number | null>(null);
  const fields = audience?.fields ?? [];
  const update = (patch: Partial<MessageStepValue>) => onChange({ ...value, ...patch });

  React.useLayoutEffect(() => {
    const caret = pendingCaret.current;
    const element = textareaRef.current;
    if (caret === null || !element) return;
    pendingCaret.current = null;
    element.focus();
    element.setSelectionRange(caret, caret);
  }, [value.message]);

  const insertField = (name: string) => {
    const element = textareaRef.current;
    const start = element?.selectionStart ?? value.message.length;
    const end = element?.selectionEnd ?? start;
    const next = insertAt(value.message, fieldToken(name), start, end);
    pendingCaret.current = next.caret;
    update({ message: next.message });
  };

  const counterInput = {
    kind,
    value,
    fields,
    stopShortCode: settings.stopShortCode,
    maxSegments: settings.maxSegments,
    trackedLinkLength: settings.trackedLinkLength,
  };
  const analysis = counterAnalysis(counterInput);
  const mention = stopMentionOf(kind, value.stopMention, settings.stopShortCode);
  const typed = mention ? appendStopMention(value.message, mention) : value.message;
  const typedAnalysis = analyzeMessage(typed, analyzeOptionsOf(value.messageOptions, settings.maxSegments));
  const nonGsmFields = fields.filter((field) => field.hasNonGsm).map(fieldNameOf);

  return (
    <Grid.Root gap={6}>
      <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
        <Flex direction="column" alignItems="stretch" gap={6}>
          <TemplatesBar kind={kind} value={value} onChange={onChange} mention={mention} />
          <SenderField
            value={value.sender}
            onChange={(sender) => update({ sender })}
            shortCode={settings.stopShortCode}
            defaultSender={settings.defaultSender}
            error={errors.sender}
          />
          {kind === 'notification' ? (
            <Box background="primary100" padding={4} hasRadius>
              <Typography variant="omega" textColor="primary700">
                {t(
                  'editor.notification.notice',
                  'Notification campaign: no STOP mention and no sending window, so it must not carry any commercial content (offers, promotions, advertising).'
                )}
              </Typography>
            </Box>
          ) : null}
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Field.Root
              name="message"
              error={errors.message}
              hint={t(
                'editor.message.hint',
                '160 characters per SMS in GSM-7; beyond that, every 153 characters count as one more SMS.'
              )}
            >
              <Field.Label>{t('editor.message.label', 'Message')}</Field.Label>
              <Textarea
                ref={textareaRef}
                value={value.message}
                rows={7}
                onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => update({ message: event.target.value })}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
            {kind === 'marketing' ? (
              <StopMention
                value={value.stopMention}
                defaultMention={buildStopMention(settings.stopShortCode)}
                onChange={(stopMention) => update({ stopMention })}
                error={errors.stopMention}
              />
            ) : null}
            <MessageCounter analysis={analysis} maxSegments={settings.maxSegments} />
            <MessageWarnings value={value} audience={audience} />
          </Flex>
          <NonGsmCharacters
            text={typed}
            analysis={typedAnalysis}
            onReplace={(character) => update({ message: replaceCharacter(value.message, character) })}
            onAllowUnicode={() => update({ messageOptions: { ...value.messageOptions, allowUnicode: true } })}
          />
          <TrackedLinks
            value={value}
            onChange={onChange}
            fields={fields}
            error={errors.trackedLinks}
            linkLength={settings.trackedLinkLength}
          />
          {nonGsmFields.length > 0 && value.messageOptions.allowUnicode !== true ? (
            <Typography
              variant="pi"
              textColor={value.messageOptions.replaceNonGsm === false ? 'danger600' : 'neutral600'}
            >
              {value.messageOptions.replaceNonGsm === false
                ? t(
                    'editor.nonGsm.fields.refused',
                    'Some values of {fields} hold characters outside GSM-7: those recipients will be refused unless you replace non-GSM characters or allow UCS-2.',
                    { fields: nonGsmFields.join(', ') }
                  )
                : t(
                    'editor.nonGsm.fields',
                    'Some values of {fields} hold characters outside GSM-7: they are replaced where they can be (ç → c); a recipient whose value cannot be replaced is refused unless you allow UCS-2.',
                    { fields: nonGsmFields.join(', ') }
                  )}
            </Typography>
          ) : null}
          <FieldsPanel
            fields={fields}
            onInsert={insertField}
            defaults={value.fieldDefaults}
            onDefaultsChange={(fieldDefaults) => update({ fieldDefaults })}
            error={errors.fieldDefaults}
          />
          <MessageOptions
            value={value.messageOptions}
            onChange={(messageOptions) => update({ messageOptions })}
            maxSegments={settings.maxSegments}
          />
        </Flex>
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="center">
        <Sticky>
          <PhonePreview
            input={counterInput}
            sender={value.sender.trim() || settings.stopShortCode}
            total={audience ? audience.recipients : null}
            fetchLine={fetchLine}
          />
        </Sticky>
      </Grid.Item>
    </Grid.Root>
  );
};
