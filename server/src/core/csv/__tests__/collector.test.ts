import { createContactCollector } from '../collector';

describe('Given a collector reading cells', () => {
  it('when a cell starts or ends with any UTF-16 code unit, then it is trimmed exactly as String.prototype.trim does', () => {
    const collector = createContactCollector({ hasHeader: true, phoneColumn: 0 });
    collector.add(['Portable', 'Nom', 'Note']);
    const wrong: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      for (const cell of [`${ch}x${ch}`, ch, `${ch}0612345678`]) {
        const row = collector.add([cell, 'Martin', cell])!;
        if (row.fields['Note'] !== cell.trim() || row.phoneRaw !== cell.trim()) wrong.push(unit);
      }
    }
    expect(wrong).toEqual([]);
  });
});
