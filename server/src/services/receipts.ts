import type { Core } from '@strapi/strapi';
import { isStopReply, normalizePhone, STATUS, type Channel } from '../core';
import type { InboundMessage } from '../providers/types';
import { jsonValue } from '../store/tables';
import { getService, uid } from '../utils';

/**
 * Replies from recipients. Every reply is kept as an inbound message and on the recipient it
 * answers (the latest one sent to that number); a STOP reply also puts the number in the
 * account's opt-out list and marks the recipient 17 "delivered + STOP requested" (seed 001).
 * Delivery receipts go through the dispatcher's batched sink (services/dispatcher.ts).
 */
const receiptsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async handleInbound(channel: Channel, message: InboundMessage) {
    const { defaultCountry } = await getService(strapi, 'settings').get();
    const from = normalizePhone(message.from, { defaultCountry }).e164 ?? message.from;
    const recipients = strapi.db.query(uid('recipient'));
    const recipient = (await recipients.findOne({
      select: ['id', 'campaignId', 'replies'],
      where: { phone: from, submittedAt: { $notNull: true } },
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    })) as { id: number; campaignId: number; replies: unknown } | null;
    const isStop = isStopReply(message.text);

    const inbound = await strapi.db.transaction(async () => {
      if (recipient) {
        const replies = [...jsonValue<string[]>(recipient.replies, []), message.text];
        await recipients.update({
          where: { id: recipient.id },
          data: { replies: JSON.stringify(replies), ...(isStop ? { statusCode: STATUS.DELIVERED_STOP } : {}) },
        });
      }
      return strapi.db.query(uid('inbound-message')).create({
        data: {
          from,
          to: message.to ?? null,
          text: message.text,
          receivedAt: message.at,
          provider: channel,
          providerMessageId: message.providerMessageId ?? null,
          campaignId: recipient?.campaignId ?? null,
          recipientId: recipient?.id ?? null,
          isStop,
        },
      });
    });
    if (isStop && from.startsWith('+')) {
      const list = await getService(strapi, 'lists').accountOptOutList();
      await getService(strapi, 'optOuts').addOne(list.id, from, {
        source: 'stop-reply',
        note: null,
        ...(recipient ? { campaignId: recipient.campaignId } : {}),
      });
    }
    return inbound;
  },
});

export type ReceiptsService = ReturnType<typeof receiptsService>;
export default receiptsService;
