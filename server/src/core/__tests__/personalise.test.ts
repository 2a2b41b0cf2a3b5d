import {
  PersonalisationError,
  compileTemplate,
  fieldKey,
  parseTemplate,
  renderMessage,
  resolveFieldName,
  tryRender,
} from '../personalise';

describe('Given a template with placeholders', () => {
  it('when parsed, then fields and tracked links are listed once each, in order', () => {
    const parsed = parseTemplate('Bonjour ${Prénom} ${Nom}, ${Prénom} : ${track_1} ${track_2} ${track_1}');
    expect(parsed.fields).toEqual(['Prénom', 'Nom']);
    expect(parsed.links).toEqual(['track_1', 'track_2']);
    expect(parsed.placeholders).toHaveLength(6);
    expect(parsed.placeholders[0]).toEqual({ name: 'Prénom', kind: 'field', start: 8, end: 17 });
  });

  it('when a name has spaces or accents, then it is one field, trimmed', () => {
    expect(parseTemplate('${ Code postal }, ${Civilité}').fields).toEqual(['Code postal', 'Civilité']);
  });

  it('when "${" is never closed or the name is empty, then it is literal text', () => {
    expect(parseTemplate('Prix ${ 10 € et ${} gratuit').placeholders).toEqual([]);
    expect(renderMessage('Prix ${ 10 € et ${} gratuit', {})).toBe('Prix ${ 10 € et ${} gratuit');
  });

  it('when a "${" comes before a real placeholder, then the real one is found', () => {
    expect(parseTemplate('$${a ${Nom}').fields).toEqual(['Nom']);
    expect(renderMessage('${a ${Nom}', { Nom: 'Dupont' })).toBe('${a Dupont');
  });

  it('when "$" or "{" appear alone, then they are plain text', () => {
    expect(renderMessage('Prix: 5$ {promo}', {})).toBe('Prix: 5$ {promo}');
  });

  it('when TRACK_3 is written in capitals, then it is a tracked link too', () => {
    expect(parseTemplate('${TRACK_3}').links).toEqual(['TRACK_3']);
  });
});

describe('Given a recipient’s fields', () => {
  it('when the template is rendered, then every placeholder takes its value', () => {
    expect(renderMessage('Bonjour ${Prénom} ${Nom}!', { Prénom: 'Zoé', Nom: 'Martin' })).toBe('Bonjour Zoé Martin!');
  });

  it('when the field name differs in case, accents, spaces or underscores, then it is still found', () => {
    const fields = { Prénom: 'Zoé', 'Code postal': '75011' };
    expect(renderMessage('${prenom} ${PRÉNOM} ${CODE_POSTAL} ${codepostal} ${Code-Postal}', fields)).toBe(
      'Zoé Zoé 75011 75011 75011'
    );
  });

  it('when values are numbers or booleans, then they are written as text', () => {
    expect(renderMessage('${Prix} ${VIP}', { Prix: 15.5, VIP: true })).toBe('15.5 true');
  });

  it('when a value has surrounding spaces, then they are trimmed', () => {
    expect(renderMessage('Bonjour ${Prénom},', { Prénom: '  Zoé ' })).toBe('Bonjour Zoé,');
  });

  it('when a value is empty and a default exists, then the default is used (seed: "Mme/M")', () => {
    const defaults = { Civilité: 'Mme/M' };
    for (const empty of ['', '   ', null, undefined]) {
      expect(renderMessage('Bonjour ${Civilité} ${Nom}', { Civilité: empty, Nom: 'Martin' }, defaults)).toBe(
        'Bonjour Mme/M Martin'
      );
    }
  });

  it('when a default is keyed loosely, then it still applies', () => {
    expect(renderMessage('${Civilité}', { Civilité: '' }, { civilite: 'Mme/M' })).toBe('Mme/M');
  });

  it('when a value is empty and there is no default, then it renders as nothing', () => {
    expect(renderMessage('Bonjour ${Prénom},', { Prénom: '' })).toBe('Bonjour ,');
  });

  it('when a field is absent from the recipient but has a default, then the default is used', () => {
    expect(renderMessage('Bonjour ${Prénom}', {}, { Prénom: 'à vous' })).toBe('Bonjour à vous');
  });

  it('when a field is unknown and has no default, then a PersonalisationError names it (status 5)', () => {
    expect(() => renderMessage('Bonjour ${Prenon}', { Prénom: 'Zoé' })).toThrow(PersonalisationError);
    try {
      renderMessage('Bonjour ${Prenon}', { Prénom: 'Zoé' });
    } catch (error) {
      expect(error).toMatchObject({
        code: 'unknown-field',
        field: 'Prenon',
        statusCode: 5,
        name: 'PersonalisationError',
      });
    }
  });

  it('when two columns match loosely and neither exactly, then the placeholder is ambiguous', () => {
    expect(() => renderMessage('${prenom}', { Prénom: 'a', PRENOM: 'b' })).toThrow(
      expect.objectContaining({ code: 'ambiguous-field' })
    );
  });

  it('when one of two similar columns matches exactly, then that one is used', () => {
    expect(renderMessage('${PRENOM}', { Prénom: 'a', PRENOM: 'b' })).toBe('b');
  });
});

describe('Given tracked links', () => {
  it('when links are given, then each placeholder takes its short link', () => {
    const text = renderMessage(
      'Voir ${track_1} et ${track_2}',
      {},
      {},
      { links: { track_1: 'clic-ici.net/aaaaaa', track_2: 'clic-ici.net/bbbbbb' } }
    );
    expect(text).toBe('Voir clic-ici.net/aaaaaa et clic-ici.net/bbbbbb');
  });

  it('when the link is among the fields, then it is used', () => {
    expect(renderMessage('${track_1}', { track_1: 'clic-ici.net/x' })).toBe('clic-ici.net/x');
  });

  it('when a link is missing, then rendering fails rather than sending a dead placeholder', () => {
    expect(() => renderMessage('${track_1}', {})).toThrow(
      expect.objectContaining({ code: 'missing-link', field: 'track_1' })
    );
  });
});

describe('Given a compiled template for a whole audience', () => {
  const compiled = compileTemplate('Bonjour ${prenom}, votre code: ${Code}', { Code: 'AUCUN' });

  it('when rendering many recipients, then each gets its own text', () => {
    expect(compiled({ Prénom: 'Zoé', Code: 'A1' })).toBe('Bonjour Zoé, votre code: A1');
    expect(compiled({ Prénom: 'Luc', Code: '' })).toBe('Bonjour Luc, votre code: AUCUN');
  });

  it('when recipients come from lists with different column spellings, then each is resolved', () => {
    expect(compiled({ PRENOM: 'Ana', Code: 'B2' })).toBe('Bonjour Ana, votre code: B2');
    expect(compiled({ Prénom: 'Zoé', Code: 'C3' })).toBe('Bonjour Zoé, votre code: C3');
  });

  it('then it exposes what it parsed', () => {
    expect(compiled.parsed.fields).toEqual(['prenom', 'Code']);
  });

  it('when rendered with tryRender, then errors are returned with status 5 instead of thrown', () => {
    expect(tryRender(compiled, { Prénom: 'Zoé' })).toEqual({ ok: true, text: 'Bonjour Zoé, votre code: AUCUN' });
    const failed = tryRender(compiled, { Nom: 'x' });
    expect(failed).toMatchObject({ ok: false, statusCode: 5 });
  });

  it('when a template has no placeholder, then it renders as is', () => {
    expect(compileTemplate('Soldes !')({})).toBe('Soldes !');
  });
});

describe('Given field names', () => {
  it('when computing the loose key, then case, accents, spaces, "_" and "-" are ignored', () => {
    expect(fieldKey(' Code_Postal-é ')).toBe('codepostale');
  });

  it('when resolving among keys, then an exact match wins and none gives undefined', () => {
    expect(resolveFieldName('Nom', ['nom', 'Nom'])).toBe('Nom');
    expect(resolveFieldName('Ville', ['Nom'])).toBeUndefined();
  });
});
