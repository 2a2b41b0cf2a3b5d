import { fieldStatsAccumulator } from '../audience-summary';
import { isStopMention } from '../campaign-rules';
import { orderOf, whereOf } from '../campaign-list';

describe('Given custom STOP mentions', () => {
  it.each(['STOP 36184', 'Stop au 36184', 'stop sms 36184', 'STOP36184', 'Désinscription : STOP au 36184'])(
    'When the mention is "%s", Then it is an opt-out mention',
    (mention) => expect(isStopMention(mention)).toBe(true)
  );
  it.each(['Désinscription au 36184', 'STOPPER 36184', 'Arrêt 36184', ''])(
    'When the mention is "%s", Then it is refused',
    (mention) => expect(isStopMention(mention)).toBe(false)
  );
});

describe('Given field statistics gathered over chunks', () => {
  it('When a field first appears in a later chunk, Then the rows before it count as empty', () => {
    const stats = fieldStatsAccumulator(['Prénom']);
    stats.add([{ Prénom: 'Al' }, { Prénom: '' }]);
    stats.add([{ Prénom: 'François', Ville: 'Lyon' }]);
    expect(stats.result()).toEqual([
      { name: 'Prénom', longest: 'François', empty: 1, hasNonGsm: true },
      { name: 'Ville', longest: 'Lyon', empty: 2, hasNonGsm: false },
    ]);
  });

  it('When two values tie in characters, Then the one with extension characters weighs more', () => {
    const stats = fieldStatsAccumulator([]);
    stats.add([{ Code: 'ab' }]);
    stats.add([{ Code: 'a€' }]);
    expect(stats.result()[0]!.longest).toBe('a€');
  });
});

describe('Given the campaigns page filters', () => {
  it('When the search is a number, Then it matches the ID or the name; else the normalised name only', () => {
    expect(whereOf({ search: '42', sort: 'updatedAt:desc' })).toEqual({
      $and: [{ $or: [{ id: 42 }, { searchName: { $contains: '42' } }] }],
    });
    expect(whereOf({ search: 'ÉTÉ', sort: 'updatedAt:desc' })).toEqual({
      $and: [{ searchName: { $contains: 'ete' } }],
    });
    expect(whereOf({ sort: 'updatedAt:desc' })).toEqual({});
  });

  it('When a date range is given, Then it applies to the start, else the schedule, else the creation', () => {
    const from = '2026-06-01T00:00:00.000Z';
    const where = whereOf({ from, sort: 'updatedAt:desc' }) as { $and: { $or: unknown[] }[] };
    expect(where.$and[0]!.$or).toEqual([
      { startedAt: { $notNull: true, $gte: new Date(from) } },
      { startedAt: { $null: true }, scheduledAt: { $notNull: true, $gte: new Date(from) } },
      { startedAt: { $null: true }, scheduledAt: { $null: true }, createdAt: { $gte: new Date(from) } },
    ]);
  });

  it('When sorting by name, Then the normalised name orders, then the id', () => {
    expect(orderOf('name:asc')).toEqual([{ searchName: 'asc' }, { id: 'asc' }]);
    expect(orderOf('recipientCount:desc')).toEqual([{ recipientCount: 'desc' }, { id: 'desc' }]);
  });
});
