import { appendStopMention, buildStopMention } from '../counter';
import { createAudienceJudge, type AudienceRow } from '../audience';

const row = (phone: string | null, fields: Record<string, string> = {}, country = 'FR', valid = true): AudienceRow => ({
  phone,
  country,
  valid: valid && phone !== null,
  fields,
});

describe('Given the audience of a campaign (seed 001, step 8)', () => {
  it('When 11 rows hold one invalid number and one duplicate, Then 9 are sent and cost 9 one-segment credits', () => {
    const judge = createAudienceJudge({
      channel: 'sms',
      template: appendStopMention('Bonjour ${Prénom}, -20% ce week-end !', buildStopMention('36184')),
      allowedCountries: ['FR'],
    });
    const rows = [
      ...Array.from({ length: 9 }, (_, i) => row(`+3361234567${i}`, { Prénom: 'Jean' })),
      row(null, { Prénom: 'Marie' }),
      row('+33612345670', { Prénom: 'Jean' }),
    ];
    const decisions = rows.map(judge);
    expect(decisions.map((d) => d.statusCode)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 4]);
    expect(decisions.reduce((sum, d) => sum + d.credits, 0)).toBe(9);
    expect(decisions[0]).toMatchObject({
      text: 'Bonjour Jean, -20% ce week-end !\nSTOP 36184',
      encoding: 'GSM-7',
      segments: 1,
    });
  });

  it('When a destination is not allowed, a field is unknown, a character needs UCS-2 or the text is too long, Then each gets its code and no credit', () => {
    const judge = createAudienceJudge({
      channel: 'sms',
      template: '${Prénom} ${Texte}',
      allowedCountries: ['FR'],
      analyze: { allowUnicode: false, replaceNonGsm: false, maxSegments: 1 },
    });
    expect(judge(row('+32470123456', { Prénom: 'A', Texte: 'x' }, 'BE')).statusCode).toBe(3);
    expect(judge(row('+33600000001', { Prénom: 'A' })).statusCode).toBe(5);
    expect(judge(row('+33600000002', { Prénom: 'A', Texte: 'ça' }))).toMatchObject({ statusCode: 6, credits: 0 });
    expect(judge(row('+33600000003', { Prénom: 'A', Texte: 'x'.repeat(200) }))).toMatchObject({
      statusCode: 7,
      segments: 2,
      credits: 0,
    });
  });

  it('When an empty field has a default and a tracked link holds a field, Then both are rendered', () => {
    const judge = createAudienceJudge({
      channel: 'sms',
      template: 'Bonjour ${Prénom} ${track_1}',
      defaults: { Prénom: 'cher client' },
      trackedLinks: [{ url: 'https://www.monsite.com/id=${ID}' }],
      allowedCountries: ['FR'],
    });
    expect(judge(row('+33600000001', { Prénom: '', ID: '42' })).text).toBe(
      'Bonjour cher client https://www.monsite.com/id=42'
    );
    expect(judge(row('+33600000002', { Prénom: 'Léa' })).statusCode).toBe(5);
  });

  it('When short links are on, Then each tracked link is sent as base/code and its personalised target is listed', () => {
    const codes = ['Ab12Cd34', 'Ef56Gh78', 'Ij90Kl12'];
    const judge = createAudienceJudge({
      channel: 'sms',
      template: '${track_1} et ${track_2}',
      trackedLinks: [{ url: 'https://www.monsite.com/id=${ID}' }, { url: 'https://www.monsite.com/cgv' }],
      allowedCountries: ['FR'],
      shortLinks: { base: 'https://clic-ici.net/', nextCode: () => codes.shift()! },
    });
    expect(judge(row('+33600000001', { ID: '42' }))).toMatchObject({
      text: 'clic-ici.net/Ab12Cd34 et clic-ici.net/Ef56Gh78',
      links: [
        { index: 1, url: 'https://www.monsite.com/id=42', code: 'Ab12Cd34' },
        { index: 2, url: 'https://www.monsite.com/cgv', code: 'Ef56Gh78' },
      ],
    });
    // A row refused before rendering (a duplicate) draws no code.
    expect(judge(row('+33600000001', { ID: '42' }))).not.toHaveProperty('links');
    expect(codes).toEqual(['Ij90Kl12']);
  });

  it('When the campaign is a voicemail drop, Then each recipient costs one credit and carries no text', () => {
    const judge = createAudienceJudge({ channel: 'voice', allowedCountries: ['FR'] });
    expect(judge(row('+33600000001'))).toEqual({ statusCode: 1, text: null, encoding: null, segments: 0, credits: 1 });
  });
});

describe('Given rows that leave out a field of their list (imports keep no empty cells)', () => {
  const judgeWith = (fieldNames?: string[]) =>
    createAudienceJudge({
      channel: 'sms',
      template: 'Bonjour ${Civilité} ${Nom}',
      defaults: { Nom: 'client' },
      allowedCountries: ['FR'],
      fieldNames,
    });

  it('When the field is one of the lists, Then it renders empty, or with its default', () => {
    const judge = judgeWith(['Civilité', 'Nom']);
    expect(judge(row('+33611000001', { Nom: 'Durand' }))).toMatchObject({ statusCode: 1, text: 'Bonjour  Durand' });
    expect(judge(row('+33611000002', {}))).toMatchObject({ statusCode: 1, text: 'Bonjour  client' });
  });

  it('When the lists do not have the field, Then the row is a personalisation error (5)', () => {
    expect(judgeWith(['Nom'])(row('+33611000003', { Nom: 'Durand' })).statusCode).toBe(5);
    expect(judgeWith()(row('+33611000004', { Nom: 'Durand' })).statusCode).toBe(5);
  });
});
