import type { Core } from '@strapi/strapi';
import { isStopReply, normalizePhone, type Channel } from '../core';
import type { InboundMessage } from '../providers/types';
import { inboundStore } from '../store/inbound';
import { storeContext } from '../store/tables';
import { getService } from '../utils';

/**
 * Replies from recipients. Every reply is kept as an inbound message and on the recipient it
 * answers (the latest one sent to that number); a STOP reply also puts the number in the
 * account's opt-out list and marks the recipient 17 "delivered + STOP requested" (seed 001).
 * Delivery receipts go through the dispatcher's batched sink (services/dispatcher.ts).
 */
const receiptsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const inbound = inboundStore(storeContext(strapi));
  return {
    /** A reply, kept once however often the gateway delivers it. */
    async handleInbound(channel: Channel, message: InboundMessage) {
      const { defaultCountry } = await getService(strapi, 'settings').get();
      const from = normalizePhone(message.from, { defaultCountry }).e164 ?? message.from;
      const isStop = isStopReply(message.text);
      const recorded = await inbound.record({
        channel,
        from,
        to: message.to ?? null,
        text: message.text,
        at: message.at,
        providerMessageId: message.providerMessageId ?? null,
        isStop,
      });
      if (isStop && !recorded.duplicate && from.startsWith('+')) {
        const list = await getService(strapi, 'lists').accountOptOutList();
        await getService(strapi, 'optOuts').addOne(list.id, from, {
          source: 'stop-reply',
          note: null,
          ...(recorded.campaignId === null ? {} : { campaignId: recorded.campaignId }),
        });
      }
      return recorded;
    },
  };
};

export type ReceiptsService = ReturnType<typeof receiptsService>;
export default receiptsService;
