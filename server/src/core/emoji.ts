/**
 * Text shortcuts the editor turns into emoji when the "emoji" option is on (seed 001: typing
 * `;-)` shows 😊 on the preview phone; the reference platform maps the wink to 😊, so do we).
 *
 * A shortcut is only replaced when it stands alone: at the start of the text or after a space or
 * line break, and at the end or before a space, a line break or punctuation. That keeps URLs
 * (`http://x.fr/:D`), times and prices (`10:30`, `2:1`), and codes (`A<3B`) intact.
 */
export const EMOJI_SHORTCUTS: Readonly<Record<string, string>> = Object.freeze({
  ':-)': '\u{1F642}', // 🙂
  ':)': '\u{1F642}',
  ';-)': '\u{1F60A}', // 😊 as on the reference platform
  ';)': '\u{1F609}', // 😉
  ':-D': '\u{1F603}', // 😃
  ':D': '\u{1F603}',
  xD: '\u{1F606}', // 😆
  XD: '\u{1F606}',
  ':-(': '\u{1F641}', // 🙁
  ':(': '\u{1F641}',
  ":'(": '\u{1F622}', // 😢
  ':-P': '\u{1F61B}', // 😛
  ':P': '\u{1F61B}',
  ':-p': '\u{1F61B}',
  ':p': '\u{1F61B}',
  ':-O': '\u{1F62E}', // 😮
  ':O': '\u{1F62E}',
  ':-o': '\u{1F62E}',
  ':o': '\u{1F62E}',
  ':-*': '\u{1F618}', // 😘
  ':*': '\u{1F618}',
  'B-)': '\u{1F60E}', // 😎
  '<3': '\u2764\uFE0F', // ❤️
  '</3': '\u{1F494}', // 💔
});

// Longest first, so that `:-)` wins over a hypothetical `:-` prefix and `</3` over `<3`.
const SHORTCUTS = Object.keys(EMOJI_SHORTCUTS).sort((a, b) => b.length - a.length);
const FIRST_CHARACTERS = new Set(SHORTCUTS.map((s) => s[0]));

function isBoundaryBefore(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text[index - 1]!;
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\u00A0';
}

function isBoundaryAfter(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const c = text[index]!;
  return ' \n\r\t\u00A0.,!?;:'.includes(c);
}

/** Replaces standalone emoji shortcuts; returns the same string when there are none. */
export function replaceEmojiShortcuts(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!FIRST_CHARACTERS.has(text[i]!) || !isBoundaryBefore(text, i)) continue;
    for (const shortcut of SHORTCUTS) {
      if (!text.startsWith(shortcut, i) || !isBoundaryAfter(text, i + shortcut.length)) continue;
      out += text.slice(from, i) + EMOJI_SHORTCUTS[shortcut];
      i += shortcut.length - 1;
      from = i + 1;
      break;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
