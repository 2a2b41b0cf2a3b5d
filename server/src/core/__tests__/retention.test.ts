import { isListExpired, listExpiresAt } from '../retention';

describe('Given list retention', () => {
  const created = '2026-01-15T10:00:00.000Z';

  it('expires an unused list the given number of months after its creation', () => {
    expect(listExpiresAt({ persistence: 'expiring', expiresAfterMonths: 3, createdAt: created })?.toISOString()).toBe(
      '2026-04-15T10:00:00.000Z'
    );
  });

  it('counts from the last use when there is one', () => {
    const list = {
      persistence: 'expiring' as const,
      expiresAfterMonths: 1,
      createdAt: created,
      lastUsedAt: '2026-06-01T00:00:00.000Z',
    };
    expect(listExpiresAt(list)?.toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });

  it('defaults to the seeds’ 3 months', () => {
    expect(listExpiresAt({ persistence: 'expiring', createdAt: created })?.toISOString()).toBe(
      '2026-04-15T10:00:00.000Z'
    );
  });

  it('keeps the end of month: 31 August plus 6 months is the last day of February', () => {
    expect(
      listExpiresAt({
        persistence: 'expiring',
        expiresAfterMonths: 6,
        createdAt: '2026-08-31T12:00:00.000Z',
      })?.toISOString()
    ).toBe('2027-02-28T12:00:00.000Z');
  });

  it('never expires a permanent or a system list', () => {
    expect(listExpiresAt({ persistence: 'permanent', expiresAfterMonths: 1, createdAt: created })).toBeNull();
    expect(
      listExpiresAt({ persistence: 'expiring', expiresAfterMonths: 1, createdAt: created, system: true })
    ).toBeNull();
  });

  it('tells whether a list is expired at a given time, the expiry instant included', () => {
    const list = { persistence: 'expiring' as const, expiresAfterMonths: 3, createdAt: created };
    expect(isListExpired(list, new Date('2026-04-15T09:59:59.999Z'))).toBe(false);
    expect(isListExpired(list, new Date('2026-04-15T10:00:00.000Z'))).toBe(true);
  });
});
