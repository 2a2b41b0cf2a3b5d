/**
 * submit_sm per second through the smpp provider against the loopback SMSC, with receipts.
 * `npm run bench:smpp` (env: BENCH_MESSAGES=20000, BENCH_WINDOW=50, BENCH_BATCH=1000).
 */
import { createSmppGateway } from '../server/src/providers/smpp';
import type { OutboundMessage } from '../server/src/providers/types';
import { startSmsc } from '../tests/helpers/smsc';

const total = Number(process.env.BENCH_MESSAGES ?? 20_000);
const window = Number(process.env.BENCH_WINDOW ?? 50);
const batchSize = Number(process.env.BENCH_BATCH ?? 1000);

async function main() {
  const smsc = await startSmsc({ receipts: { form: 'text', delayMs: 0 } });
  let receipts = 0;
  let lastReceiptAt = 0;
  const quiet = () => undefined;
  const gateway = createSmppGateway(
    { url: smsc.url, window, enquireLinkMs: 0 },
    {
      channel: 'sms',
      onReceipt: () => {
        receipts++;
        lastReceiptAt = Date.now();
      },
      onInbound: quiet,
      logger: { info: quiet, warn: console.warn, error: console.error, debug: quiet },
    }
  );
  await gateway.waitBound(5000);
  const started = Date.now();
  let accepted = 0;
  for (let offset = 0; offset < total; offset += batchSize) {
    const batch: OutboundMessage[] = Array.from({ length: Math.min(batchSize, total - offset) }, (_, i) => ({
      id: String(offset + i),
      channel: 'sms',
      to: `+336${String(offset + i).padStart(8, '0')}`,
      from: 'BENCH',
      text: `Bonjour, votre code est ${offset + i}. STOP 36184`,
    }));
    const results = await gateway.send(batch);
    accepted += results.filter((result) => result.accepted).length;
  }
  const submitted = Date.now();
  const deadline = submitted + 30_000;
  while (receipts < accepted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  const seconds = (submitted - started) / 1000;
  console.log(
    JSON.stringify({
      messages: total,
      window,
      batchSize,
      accepted,
      submitSeconds: Number(seconds.toFixed(2)),
      submitsPerSecond: Math.round(accepted / seconds),
      receipts,
      receiptsDoneSeconds: Number(((Math.max(lastReceiptAt, submitted) - started) / 1000).toFixed(2)),
      smscMaxInFlight: smsc.maxInFlight,
      duplicates: smsc.submits.length - new Set(smsc.submits.map((s) => s.destination)).size,
    })
  );
  await gateway.close();
  await smsc.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
