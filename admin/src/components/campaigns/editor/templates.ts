import { messageOptionsSchema } from '../../../../../server/src/contracts/campaigns';
import type { Template, TemplateInput } from '../../../../../server/src/contracts/wizard';

import type { CampaignKind, MessageStepValue } from './model';

/** What "save as template" keeps of the step: the sender, the text (without its STOP line) and the options. */
export const templateInputOf = (name: string, kind: CampaignKind, value: MessageStepValue): TemplateInput => ({
  name: name.trim(),
  channel: 'sms',
  kind,
  sender: value.sender.trim() || undefined,
  message: value.message,
  messageOptions: value.messageOptions,
});

/**
 * Loading a template replaces the text, the sender it names and its options. A template written
 * with its STOP mention on the last line loses that line: the mention has its own field here.
 */
export const applyTemplate = (value: MessageStepValue, template: Template, mention: string): MessageStepValue => {
  const options = messageOptionsSchema.safeParse(template.messageOptions ?? {});
  let message = template.message.replace(/\s+$/u, '');
  const lastBreak = message.lastIndexOf('\n');
  if (
    mention &&
    message
      .slice(lastBreak + 1)
      .trim()
      .toLowerCase() === mention.toLowerCase()
  ) {
    message = message.slice(0, Math.max(lastBreak, 0)).replace(/\s+$/u, '');
  }
  return {
    ...value,
    message,
    sender: template.sender ?? value.sender,
    messageOptions: options.success ? options.data : value.messageOptions,
    // Tracked links belong to the text they were numbered in.
    trackedLinks: [],
  };
};
