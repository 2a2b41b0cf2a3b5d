import {
  appendStopMention,
  buildStopMention,
  collectFieldStats,
  maxRenderedLength,
  unknownTemplateFields,
  worstCaseMessage,
} from '../counter';

describe('Given the STOP mention', () => {
  it('when built for the seeds’ short code, then it reads "STOP 36184"', () => {
    expect(buildStopMention('36184')).toBe('STOP 36184');
    expect(buildStopMention()).toBe('STOP 36184');
    expect(buildStopMention(' 36111 ')).toBe('STOP 36111');
  });

  it('when appended, then it goes on a line of its own', () => {
    expect(appendStopMention('Soldes !', 'STOP 36184')).toBe('Soldes !\nSTOP 36184');
  });

  it('when the text already ends with it, in any case, then it is not added twice', () => {
    expect(appendStopMention('Soldes !\nSTOP 36184', 'STOP 36184')).toBe('Soldes !\nSTOP 36184');
    expect(appendStopMention('Soldes !\nstop 36184  \n', 'STOP 36184')).toBe('Soldes !\nstop 36184');
  });

  it('when the text ends with spaces or blank lines, then they are dropped (they would be paid)', () => {
    expect(appendStopMention('Soldes !  \n\n', 'STOP 36184')).toBe('Soldes !\nSTOP 36184');
  });

  it('when the text is empty or the mention blank, then the result is the mention or the text', () => {
    expect(appendStopMention('', 'STOP 36184')).toBe('STOP 36184');
    expect(appendStopMention('Soldes', '  ')).toBe('Soldes');
  });
});

describe('Given an audience', () => {
  const rows = [
    { Prénom: 'Zoé', Ville: 'Paris', Civilité: '' },
    { Prénom: 'Jean-Christophe', Ville: 'Lyon', Civilité: 'M.' },
    { Prénom: '{[]}', Ville: null, Civilité: 'Mme' },
    { Prénom: 'Ana', Ville: 'Besançon', Civilité: undefined },
  ];

  it('when collecting field statistics, then each field has its heaviest value and its empty count', () => {
    const stats = collectFieldStats(rows);
    // "{[]}" is 8 septets, "Jean-Christophe" 15: the longer one wins.
    expect(stats.Prénom).toEqual({ longest: 'Jean-Christophe', empty: 0, hasNonGsm: false });
    expect(stats.Ville).toEqual({ longest: 'Besançon', empty: 1, hasNonGsm: true });
    expect(stats.Civilité).toEqual({ longest: 'Mme', empty: 2, hasNonGsm: false });
  });

  it('when extension characters make a shorter value heavier, then it is the longest', () => {
    expect(collectFieldStats([{ X: 'abcde' }, { X: '[]{}' }]).X!.longest).toBe('[]{}');
  });

  it('when only some fields are asked for, then only those are collected', () => {
    expect(Object.keys(collectFieldStats(rows, ['Ville']))).toEqual(['Ville']);
  });
});

describe('Given the editor counter', () => {
  const template = 'Bonjour ${Civilité} ${Prénom}, -20% avec ${track_1}';

  it('when longest values, defaults, links and STOP are known, then the worst case uses the longest of each', () => {
    const text = worstCaseMessage(template, {
      longestValues: { Prénom: 'Jean-Christophe', Civilité: 'M.' },
      defaults: { Civilité: 'Madame, Monsieur' },
      stopMention: buildStopMention('36184'),
    });
    expect(text).toBe(`Bonjour Madame, Monsieur Jean-Christophe, -20% avec ${'x'.repeat(19)}\nSTOP 36184`);
  });

  it('when the tracked-link length is configured, then links count that many characters', () => {
    expect(worstCaseMessage('${track_1} ${track_2}', { trackedLinkLength: 23 })).toBe(
      `${'x'.repeat(23)} ${'x'.repeat(23)}`
    );
  });

  it('when a field has no known value and no default, then it counts as empty', () => {
    expect(worstCaseMessage('Bonjour ${Prénom}!')).toBe('Bonjour !');
  });

  it('when field names differ loosely from the columns, then values are still found', () => {
    expect(worstCaseMessage('${prenom}', { longestValues: { Prénom: 'Zoé' } })).toBe('Zoé');
  });

  it('when the counter is computed, then it is analyzeMessage of the worst case (seed: 145/160 with STOP)', () => {
    const r = maxRenderedLength('Bonjour ${Prénom}, -20% ce week-end.', {
      longestValues: { Prénom: 'Philippe' },
      stopMention: 'STOP 36184',
    });
    expect(r.text).toBe('Bonjour Philippe, -20% ce week-end.\nSTOP 36184');
    expect(r).toMatchObject({ encoding: 'GSM-7', segments: 1, units: r.text.length, remaining: 160 - r.text.length });
  });

  it('when the longest value holds a non-GSM character, then the counter follows the analyse options', () => {
    const options = { longestValues: { Ville: 'Besançon' } };
    expect(maxRenderedLength('${Ville}', options).text).toBe('Besancon');
    expect(maxRenderedLength('${Ville}', options, { allowUnicode: true, replaceNonGsm: false }).encoding).toBe('UCS-2');
  });

  it('when the template uses fields the audience lacks, then they are reported (status 5 ahead)', () => {
    expect(
      unknownTemplateFields('${Prénom} ${Ville} ${Civilité} ${track_1}', ['prenom', 'Ville'], { Civilité: 'M.' })
    ).toEqual([]);
    expect(unknownTemplateFields('${Prénom} ${Pays}', ['Prénom'])).toEqual(['Pays']);
  });
});
