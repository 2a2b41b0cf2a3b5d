import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '../index';

const CORE_DIR = join(__dirname, '..');
const sources = readdirSync(CORE_DIR).filter((f) => f.endsWith('.ts'));

describe('Given the core module (published as `./core`)', () => {
  it.each(sources)('then %s imports no Strapi package, no I/O module and never the global strapi', (file) => {
    const text = readFileSync(join(CORE_DIR, file), 'utf8');
    expect(text).not.toMatch(/from ['"]@strapi\//);
    expect(text).not.toMatch(/from ['"](node:)?(fs|net|http|https|child_process|path)['"]/);
    expect(text).not.toMatch(/\bstrapi\./);
  });

  it.each(sources)('then %s stays small enough to read in one sitting (< 300 lines)', (file) => {
    expect(readFileSync(join(CORE_DIR, file), 'utf8').split('\n').length).toBeLessThan(300);
  });

  it('then the names of the public contract are exported', () => {
    for (const name of [
      'analyzeMessage',
      'normalizePhone',
      'normalizePhoneSlow',
      'canReceiveSms',
      'isValidVoiceSender',
      'validateSmsSender',
      'renderMessage',
      'parseTemplate',
      'compileTemplate',
      'maxRenderedLength',
      'worstCaseMessage',
      'buildStopMention',
      'appendStopMention',
      'PersonalisationError',
      'isInSendingWindow',
      'nextSendingSlot',
      'sendingWindowEnd',
      'SENDING_WINDOW_PRESETS',
      'STATUS_CODES',
      'getStatus',
      'isFinalStatus',
      'isBilledStatus',
      'statusFromSmppState',
      'statusFromProviderState',
      'recipientCredits',
      'campaignCredits',
      'refundFor',
      'CAMPAIGN_TRANSITIONS',
      'canTransition',
    ]) {
      expect([name, name in core]).toEqual([name, true]);
    }
  });

  it('then analyzeMessage returns at least the contract’s fields', () => {
    expect(Object.keys(core.analyzeMessage('x'))).toEqual(
      expect.arrayContaining([
        'encoding',
        'units',
        'segments',
        'unitsPerSegment',
        'remaining',
        'nonGsmCharacters',
        'text',
      ])
    );
  });

  it('then normalizePhone returns at least the contract’s fields', () => {
    expect(Object.keys(core.normalizePhone('0612345678'))).toEqual(
      expect.arrayContaining(['valid', 'e164', 'country', 'type'])
    );
  });
});
