import { parsePastedNumbers } from '../pasted';

describe('Given a list of numbers pasted in a text box', () => {
  it.each([
    ['one number written with spaces', '06 12 34 56 78', ['06 12 34 56 78']],
    ['one per line', '0612345678\n0798765432\r\n+33612345679', ['0612345678', '0798765432', '+33612345679']],
    [
      'commas, semicolons, tabs, pipes',
      '0612345678,0798765432;0611111111\t0622222222|0633333333',
      ['0612345678', '0798765432', '0611111111', '0622222222', '0633333333'],
    ],
    ['two spaced numbers on one line', '06 12 34 56 78 07 98 76 54 32', ['06 12 34 56 78', '07 98 76 54 32']],
    [
      'compact numbers separated by spaces',
      '0612345678 0798765432  0611111111',
      ['0612345678', '0798765432', '0611111111'],
    ],
    [
      'international forms with spaces',
      '+33 6 12 34 56 78 0032 470 12 34 56 +44 7400 123456',
      ['+33 6 12 34 56 78', '0032 470 12 34 56', '+44 7400 123456'],
    ],
    ['a number with its (0)', '+33 (0)6 12 34 56 78', ['+33 (0)6 12 34 56 78']],
    ['dots and dashes', '06.12.34.56.78 07-98-76-54-32', ['06.12.34.56.78', '07-98-76-54-32']],
    ['blank lines and stray separators', '\n\n , ;0612345678;;\n  \n', ['0612345678']],
    ['nothing', '   \n ', []],
  ])('when it is %s, then each number is one value', (_, text, expected) => {
    expect(parsePastedNumbers(text)).toEqual(expected);
  });

  it('when a number is cut short, then it stays one (invalid) value and the next number is intact', () => {
    expect(parsePastedNumbers('06 12 34 56 7 07 98 76 54 32')).toEqual(['06 12 34 56 7', '07 98 76 54 32']);
  });

  it('when a word is not a number, then it is kept as its own invalid value', () => {
    expect(parsePastedNumbers('Jean 06 12 34 56 78 abc def')).toEqual(['Jean', '06 12 34 56 78', 'abc def']);
  });

  it('when the default country is Belgium, then Belgian national numbers are read as such', () => {
    expect(parsePastedNumbers('0470 12 34 56 0471 23 45 67', { defaultCountry: 'BE' })).toEqual([
      '0470 12 34 56',
      '0471 23 45 67',
    ]);
  });

  it('when 10,000 spaced numbers are pasted on one line, then all are found', () => {
    const numbers = Array.from(
      { length: 10_000 },
      (_, i) =>
        `06 ${String(10_000_000 + i)
          .slice(0, 8)
          .replace(/(..)(?=.)/g, '$1 ')}`
    );
    expect(parsePastedNumbers(numbers.join(' '))).toEqual(numbers);
  });
});
