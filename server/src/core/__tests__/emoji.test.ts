import { EMOJI_SHORTCUTS, replaceEmojiShortcuts } from '../emoji';

describe('Given emoji shortcuts', () => {
  it.each(Object.entries(EMOJI_SHORTCUTS))('when %p stands alone, then it becomes %p', (shortcut, emoji) => {
    expect(replaceEmojiShortcuts(`Merci ${shortcut}`)).toBe(`Merci ${emoji}`);
    expect(replaceEmojiShortcuts(shortcut)).toBe(emoji);
  });

  it('when ";-)" is typed, then it becomes 😊 as on the reference platform', () => {
    expect(replaceEmojiShortcuts(';-)')).toBe('😊');
  });

  it('when a shortcut is followed by punctuation or a line break, then it is still replaced', () => {
    expect(replaceEmojiShortcuts(':), <3!\n:D\nfin')).toBe('🙂, ❤️!\n😃\nfin');
  });

  it('when "</3" is typed, then the longer shortcut wins over "<3"', () => {
    expect(replaceEmojiShortcuts('</3')).toBe('💔');
  });

  it.each(['http://x.fr/:D', 'RDV 10:30', 'ratio 2:1', 'A<3B', 'code:P12', 'fin:)', 'x:-)y'])(
    'when %p holds a shortcut glued to other text, then it is left alone',
    (text) => expect(replaceEmojiShortcuts(text)).toBe(text)
  );

  it('when there is no shortcut, then the same string comes back', () => {
    const text = 'Bonjour à tous';
    expect(replaceEmojiShortcuts(text)).toBe(text);
  });

  it('when several shortcuts follow each other, then each is replaced', () => {
    expect(replaceEmojiShortcuts(':) ;) :(')).toBe('🙂 😉 🙁');
  });
});
