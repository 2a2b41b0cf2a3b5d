import {
  STATUS,
  STATUS_CODES,
  getStatus,
  isBilledStatus,
  isFinalStatus,
  settleOnExpiry,
  statusCodesFor,
  type StatusDefinition,
} from '../status';

/** Seed 001, Annexe 3 (SMS): code → [label, billed ("intermediate" for 1 and 9)]. */
const SMS_ANNEXE_3: Record<number, [string, boolean | 'intermediate']> = {
  1: ['En cours de traitement', 'intermediate'],
  9: ["En cours d'envoi", 'intermediate'],
  10: ['Posté', true],
  28: ['Posté', true],
  24: ['Envoyé', true],
  16: ['Délivré', true],
  21: ['Délivré', true],
  17: ['Délivré + STOP demandé', true],
  20: ['Non délivré', true],
  25: ['Non délivré', true],
  29: ['Numéro non attribué', true],
  30: ['Numéro non attribué', true],
  31: ['Mobile non disponible', true],
  32: ['SMS rejeté', true],
  13: ['Refus opérateur', true],
  27: ['Rejet opérateur', true],
  2: ['Numéro mal formaté', false],
  22: ['Message expiré', true],
  23: ['Message supprimé', true],
  26: ['Erreur inconnue', true],
  3: ['Destination non autorisée', false],
  5: ['Erreur de personnalisation', false],
  6: ['Caractère UCS2 non autorisé', false],
  7: ['Message trop long', false],
  8: ['Crédit insuffisant', false],
  12: ['Erreur de traitement', false],
  4: ['Doublons', false],
  19: ['Tarif manquant', false],
  14: ['Destinataire dans votre blacklist', false],
  15: ['Destinataire dans notre blacklist globale', false],
  18: ['Destinataire dans votre blacklist client', false],
};

/** Seed 000, Annexe 3 (voice): code → [label, colour]. */
const VOICE_ANNEXE_3: Record<number, [string, StatusDefinition['colour']]> = {
  1: ['En cours de traitement', 'green'],
  9: ["En cours d'envoi", 'green'],
  2: ['Numéro mal formaté', 'red'],
  21: ['Délivré', 'green'],
  117: ['Non délivré', 'red'],
  8: ['Crédit insuffisant', 'orange'],
  14: ['Destinataire dans votre blacklist', 'grey'],
  15: ['Destinataire dans notre blacklist globale', 'black'],
};

describe('Given the status table of the seeds (Annexe 3)', () => {
  it.each(Object.entries(SMS_ANNEXE_3))(
    'then SMS code %s has its own entry with the seed label and billing',
    (code, [label, billed]) => {
      const status = getStatus(Number(code))!;
      expect(status).toBeDefined();
      expect(status.code).toBe(Number(code));
      expect(status.label.fr).toBe(label);
      expect(status.channels).toContain('sms');
      if (billed === 'intermediate') {
        expect(status.final).toBe(false);
        expect(status.billed).toBe(false);
        expect(status.category).toBe('pending');
      } else {
        expect(status.billed).toBe(billed);
      }
    }
  );

  it.each(Object.entries(VOICE_ANNEXE_3))(
    'then voice code %s has the seed label and colour',
    (code, [label, colour]) => {
      const status = getStatus(Number(code))!;
      expect(status.label.fr).toBe(label);
      expect(status.colour).toBe(colour);
      expect(status.channels).toContain('voice');
    }
  );

  it('then the table holds exactly the codes of both annexes', () => {
    const expected = new Set([...Object.keys(SMS_ANNEXE_3), ...Object.keys(VOICE_ANNEXE_3)].map(Number));
    expect(new Set(Object.keys(STATUS_CODES).map(Number))).toEqual(expected);
  });

  it('then every entry is complete: labels and definitions in French and English, a category and a colour', () => {
    for (const s of Object.values(STATUS_CODES)) {
      expect(s.label.fr.length).toBeGreaterThan(0);
      expect(s.label.en.length).toBeGreaterThan(0);
      expect(s.definition.fr.length).toBeGreaterThan(10);
      expect(s.definition.en.length).toBeGreaterThan(10);
      expect(['green', 'red', 'orange', 'grey', 'black']).toContain(s.colour);
      expect(['pending', 'sent', 'delivered', 'not-delivered', 'rejected', 'excluded', 'invalid', 'error']).toContain(
        s.category
      );
      expect(s.channels.length).toBeGreaterThan(0);
    }
  });

  it('then codes listed in pairs share label and definition but stay separate entries', () => {
    for (const [a, b] of [
      [10, 28],
      [16, 21],
      [20, 25],
      [29, 30],
    ] as const) {
      expect(getStatus(a)!.label).toEqual(getStatus(b)!.label);
      expect(getStatus(a)!.definition.fr).toBe(getStatus(b)!.definition.fr);
      expect(getStatus(a)).not.toBe(getStatus(b));
    }
  });

  it('then the table cannot be modified at run time', () => {
    expect(Object.isFrozen(STATUS_CODES)).toBe(true);
    expect(Object.isFrozen(STATUS_CODES[21])).toBe(true);
    expect(Object.isFrozen(STATUS_CODES[21]!.label)).toBe(true);
  });

  it('then every named STATUS constant points at an existing code', () => {
    for (const code of Object.values(STATUS)) expect(getStatus(code)).toBeDefined();
  });
});

describe('Given the decisions the seeds leave open', () => {
  it('when a message is submitted (24) or the mobile is unavailable (31), then the status is not final', () => {
    expect(isFinalStatus(24)).toBe(false);
    expect(isFinalStatus(31)).toBe(false);
    expect(isBilledStatus(31)).toBe(true);
  });

  it('when the operator took the message without a receipt (10, 28), then the status is final and billed', () => {
    expect(isFinalStatus(10)).toBe(true);
    expect(isFinalStatus(28)).toBe(true);
    expect(isBilledStatus(28)).toBe(true);
  });

  it('when a code is intermediate (1, 9), then it is neither final nor billed', () => {
    for (const code of [1, 9]) {
      expect(isFinalStatus(code)).toBe(false);
      expect(isBilledStatus(code)).toBe(false);
    }
  });

  it('when a voice drop is not delivered (117), then it is final and billed like SMS 20', () => {
    expect(getStatus(117)).toMatchObject({ final: true, billed: true, category: 'not-delivered', channels: ['voice'] });
  });

  it('when a code is unknown, then it is neither final nor billed', () => {
    expect(getStatus(999)).toBeUndefined();
    expect(isFinalStatus(999)).toBe(false);
    expect(isBilledStatus(999)).toBe(false);
  });

  it('when opt-out lists exclude a recipient, then 14 is grey and 15 black, as in the voice table', () => {
    expect(getStatus(14)!.colour).toBe('grey');
    expect(getStatus(15)!.colour).toBe('black');
  });

  it('then only final statuses are billed, except submitted (24) and unavailable (31) which are billed while open', () => {
    const billedOpen = Object.values(STATUS_CODES)
      .filter((s) => s.billed && !s.final)
      .map((s) => s.code);
    expect(billedOpen.sort((a, b) => a - b)).toEqual([24, 31]);
  });
});

describe('Given consolidation expires', () => {
  it.each([
    [1, 'sms', 12],
    [9, 'sms', 12],
    [24, 'sms', 28],
    [24, 'voice', 117],
    [31, 'sms', 22],
    [21, 'sms', 21],
    [2, 'sms', 2],
    [117, 'voice', 117],
  ] as const)('when a recipient is still %s (%s), then it settles on %s', (code, channel, settled) => {
    expect(settleOnExpiry(code, channel)).toBe(settled);
    expect(isFinalStatus(settleOnExpiry(code, channel))).toBe(true);
  });

  it('then every code of the table settles on a final code', () => {
    for (const s of Object.values(STATUS_CODES)) {
      for (const channel of s.channels) expect(isFinalStatus(settleOnExpiry(s.code, channel))).toBe(true);
    }
  });
});

describe('Given a channel', () => {
  it('when listing its codes, then voice gets the voice table plus the dispatcher codes shared by both', () => {
    expect(
      statusCodesFor('voice')
        .map((s) => s.code)
        .sort((a, b) => a - b)
    ).toEqual([1, 2, 3, 4, 8, 9, 12, 14, 15, 21, 24, 117]);
  });

  it('when listing SMS codes, then 117 is not among them', () => {
    expect(statusCodesFor('sms').map((s) => s.code)).not.toContain(117);
    expect(statusCodesFor('sms')).toHaveLength(31);
  });
});
