import type { Core } from '@strapi/strapi';
import { STATUS, STATUS_CODES, type Channel } from '../core';
import type { DeliveryReceipt, InboundMessage } from '../providers/types';
import { uid } from '../utils';

/** Codes after which no receipt may change a recipient any more. */
const FINAL_CODES = Object.values(STATUS_CODES)
  .filter((status) => status.final)
  .map((status) => status.code);

const DELIVERED_CODES: number[] = [STATUS.DELIVERED, STATUS.DELIVERED_STOP, 16];

/**
 * Where gateways report back. A receipt updates the recipient it names, unless that recipient
 * already reached a final status (receipts can arrive late, twice or out of order).
 */
const receiptsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async handleReceipt(receipt: DeliveryReceipt) {
    const data: Record<string, unknown> = { statusCode: receipt.statusCode, updatedAt: new Date() };
    if (DELIVERED_CODES.includes(receipt.statusCode)) data.deliveredAt = receipt.at;
    if (receipt.errorCode) data.errorCode = receipt.errorCode;
    const { count } = await strapi.db.query(uid('recipient')).updateMany({
      where: { providerMessageId: receipt.providerMessageId, statusCode: { $notIn: FINAL_CODES } },
      data,
    });
    return { updated: count };
  },

  /** Keeps every reply, tied to the latest campaign recipient with that number. */
  async handleInbound(channel: Channel, message: InboundMessage) {
    const recipient = (await strapi.db.query(uid('recipient')).findOne({
      select: ['id', 'campaignId'],
      where: { phone: message.from, providerMessageId: { $notNull: true } },
      orderBy: { id: 'desc' },
    })) as { id: number; campaignId: number } | null;
    return strapi.db.query(uid('inbound-message')).create({
      data: {
        from: message.from,
        to: message.to ?? null,
        text: message.text,
        receivedAt: message.at,
        provider: channel,
        providerMessageId: message.providerMessageId ?? null,
        campaignId: recipient?.campaignId ?? null,
        recipientId: recipient?.id ?? null,
      },
    });
  },
});

export type ReceiptsService = ReturnType<typeof receiptsService>;
export default receiptsService;
