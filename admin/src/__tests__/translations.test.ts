import * as fs from 'fs';
import * as path from 'path';
import ts from 'typescript';

import en from '../translations/en.json';
import fr from '../translations/fr.json';

const ADMIN_SRC = path.resolve(__dirname, '..');
const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$/;
/** Calls whose first argument is a message id: `getTranslation(id)`, `t(id, default)`, `message(id, default)`. */
const KEY_CALLEES = new Set(['getTranslation', 't', 'message', 'msg']);
/** Attributes a user reads: a literal there is English whatever the admin's language. */
const READ_ATTRIBUTES = new Set(['label', 'placeholder', 'title', 'aria-label', 'hint', 'alt', 'description', 'error']);

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });

interface Found {
  /** Literal message ids, with where they are used. */
  ids: Map<string, string>;
  /** Ids built at run time (`import.rejection.${reason}`): their fixed prefix must have messages. */
  prefixes: Map<string, string>;
  /** Text shown by a component without a message id. */
  hardCoded: string[];
}

const literalText = (node: ts.Node | undefined): string | null =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;

const calleeName = (call: ts.CallExpression): string | null => {
  if (ts.isIdentifier(call.expression)) return call.expression.text;
  if (ts.isPropertyAccessExpression(call.expression)) return call.expression.name.text;
  return null;
};

/** Reads the admin's sources (not its tests) the way the TypeScript compiler does. */
const scanSources = (): Found => {
  const found: Found = { ids: new Map(), prefixes: new Map(), hardCoded: [] };
  for (const file of sourceFiles(ADMIN_SRC)) {
    const where = path.relative(ADMIN_SRC, file);
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
    );
    const addId = (node: ts.Node | undefined) => {
      const text = literalText(node);
      if (text !== null && KEY.test(text)) found.ids.set(text, where);
      else if (node && ts.isTemplateExpression(node) && node.head.text.includes('.')) {
        found.prefixes.set(node.head.text, where);
      }
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        if (name && KEY_CALLEES.has(name)) addId(node.arguments[0]);
      }
      // `{ id: 'x', defaultMessage: '…' }`: a message descriptor, written out or in a table.
      if (ts.isObjectLiteralExpression(node)) {
        const property = (key: string) =>
          node.properties.find(
            (item): item is ts.PropertyAssignment =>
              ts.isPropertyAssignment(item) && ts.isIdentifier(item.name) && item.name.text === key
          );
        const id = property('id');
        if (id && property('defaultMessage')) addId(id.initializer);
      }
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) {
        found.hardCoded.push(`${where}: ${node.text.trim()}`);
      }
      if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent)) {
        const text = literalText(node.expression);
        if (text !== null && /\p{L}{2}/u.test(text)) found.hardCoded.push(`${where}: {'${text}'}`);
      }
      if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
        const text = literalText(node.initializer);
        if (text !== null && /\p{L}/u.test(text))
          found.hardCoded.push(`${where}: ${node.name.getText(source)}="${text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
};

describe('translations', () => {
  const found = scanSources();

  it('Given every English message, French has it too, and nothing English lacks', () => {
    expect(Object.keys(en).filter((key) => !(key in fr))).toEqual([]);
    expect(Object.keys(fr).filter((key) => !(key in en))).toEqual([]);
  });

  it('Given the admin sources, the scan sees the message ids they use (the check below is not empty)', () => {
    expect(found.ids.size).toBeGreaterThan(300);
    expect(found.ids.get('nav.dashboard')).toBe(path.join('components', 'PluginNav.tsx'));
  });

  it('Given every message id a component uses, en.json and fr.json both have it', () => {
    const missing = [...found.ids]
      .filter(([id]) => !(id in fr) || !(id in en))
      .map(([id, where]) => `${id} (${where})`);
    expect(missing).toEqual([]);
  });

  it('Given a message id built at run time, its family has messages in both languages', () => {
    const empty = [...found.prefixes]
      .filter(([prefix]) => !Object.keys(fr).some((key) => key.startsWith(prefix)))
      .map(([prefix, where]) => `${prefix}… (${where})`);
    expect(empty).toEqual([]);
  });

  it('Given the components, no text is shown without a message id', () => {
    expect(found.hardCoded).toEqual([]);
  });

  it('Given a French message, it is not left in English (words that are the same in both are listed)', () => {
    const SAME_IN_BOTH = new Set([
      'Actions',
      'Active',
      'API',
      'Import',
      'Contacts',
      'Date',
      'Description',
      'Destinations',
      'Marketing',
      'Note',
      'Notification',
      'SMS',
      'Type',
      'UTF-8',
      'Variable',
    ]);
    const untranslated = Object.entries(en)
      .filter(([key, value]) => fr[key as keyof typeof fr] === value && !SAME_IN_BOTH.has(value))
      .filter(([key]) => !key.startsWith('settings.holidayRegion.'))
      .filter(([, value]) => /[a-z]{3}/.test(value.replace(/\{[^}]*\}/g, '')))
      .map(([key]) => key);
    expect(untranslated.filter((key) => !['list.count.contacts', 'merge.option'].includes(key))).toEqual([]);
  });
});
