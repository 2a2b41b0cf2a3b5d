import iconv from 'iconv-lite';
import { createDecoder, decodeSample } from '../encoding';
import { CSV_ENCODINGS } from '../types';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('Given the incremental decoders', () => {
  it('when Windows-1252 is decoded (Latin-1 fast path + C1 table), then every byte matches iconv-lite', () => {
    const decoder = createDecoder('windows-1252');
    expect(decoder.write(ALL_BYTES) + decoder.end()).toBe(iconv.decode(Buffer.from(ALL_BYTES), 'windows-1252'));
    expect(createDecoder('windows-1252').write(Uint8Array.from([0x80, 0x92, 0x9c, 0x85]))).toBe('€’œ…');
  });

  it('when a Windows-1252 chunk is a view into a larger buffer, then only its own bytes are decoded', () => {
    const whole = iconv.encode('AAAAœéBBBB', 'windows-1252');
    expect(createDecoder('windows-1252').write(whole.subarray(4, 6))).toBe('œé');
  });

  it.each(CSV_ENCODINGS)('when %s text is fed one byte at a time, then it decodes like the whole', (encoding) => {
    const text = 'Prénom;Cœur;€ 12 ;Noël\r\n';
    const bytes = iconv.encode(text, encoding);
    const decoder = createDecoder(encoding);
    let out = '';
    for (const b of bytes) out += decoder.write(Uint8Array.of(b));
    expect(out + decoder.end()).toBe(text);
  });

  it.each([
    ['utf-8', iconv.encode('\uFEFFNom', 'utf-8')],
    ['utf-16le', iconv.encode('\uFEFFNom', 'utf-16le')],
  ] as const)('when %s text starts with a BOM, then the BOM is stripped', (encoding, bytes) => {
    expect(createDecoder(encoding).write(bytes)).toBe('Nom');
  });

  it('when a sample ends inside a character, then the cut character is dropped, not replaced', () => {
    expect(decodeSample(iconv.encode('Noé', 'utf-8').subarray(0, -1), 'utf-8')).toBe('No');
    expect(decodeSample(iconv.encode('Noé', 'utf-16le').subarray(0, -1), 'utf-16le')).toBe('No');
  });
});
