import en from '../translations/en.json';
import fr from '../translations/fr.json';

describe('translations', () => {
  it('Given every English message, French has it too, and nothing English lacks', () => {
    expect(Object.keys(en).filter((key) => !(key in fr))).toEqual([]);
    expect(Object.keys(fr).filter((key) => !(key in en))).toEqual([]);
  });
});
