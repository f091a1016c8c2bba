import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/i18n/languages';

/**
 * Languages are listed in one place, src/i18n/languages.ts. A quoted code
 * ('nl', "de", 'en-GB') or a key named after one (`{ en: …, nl: … }`,
 * `texts.en`) anywhere else in the app or its scripts is a second list that a
 * new language would have to be added to by hand. Tests may name languages.
 */

const root = new URL('..', import.meta.url).pathname;
const REGISTRY = 'src/i18n/languages.ts';

/**
 * The registered languages and the EU's other official ones: the codes a new entry may bring.
 * Croatian, Italian and Lithuanian are left out until registered: `hr` is an owner role,
 * `lt` a condition ("less than") and `it` a word.
 */
const CODES = new Set<string>([
  ...LANGUAGE_CODES,
  ...['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hu', 'lv'],
  ...['mt', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'],
]);

const isCode = (text: string) => {
  const match = /^([a-z]{2})(?:-[A-Z]{2})?$/.exec(text);
  return match !== null && CODES.has(match[1]!);
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    if (!/\.(ts|tsx|mts|mjs|js)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [path];
  });
}

/** Each quoted language code and each key named after one in a file, as "line: text". */
function languageLiterals(file: string, source: string): string[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, text: string) =>
    found.push(`${tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text}`);
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isCode(node.text))
      at(node, JSON.stringify(node.text));
    else if (
      ts.isIdentifier(node) &&
      isCode(node.text) &&
      (ts.isPropertyAssignment(node.parent) ||
        ts.isPropertySignature(node.parent) ||
        ts.isShorthandPropertyAssignment(node.parent) ||
        ts.isPropertyAccessExpression(node.parent)) &&
      node.parent.name === node
    )
      at(node, `key ${node.text}`);
    node.forEachChild(visit);
  };
  visit(tree);
  return found;
}

describe('language codes outside the registry', () => {
  it('finds quoted codes, locale tags and keys named after a language', () => {
    const source = [
      "const a = lang === 'nl' ? 'nl' : 'en';",
      'type L = Record<"en" | "de", string>;',
      'const t = { en: 1, fr: 2 }; t.en;',
      "const s = z.enum(['en', 'nl']); new Intl.NumberFormat('nl-NL');",
      "const fine = ['id', 'or', 'in', 'pdf', 'EN', 'ene'];",
    ].join('\n');
    expect(languageLiterals('x.ts', source)).toEqual([
      '1: "nl"',
      '1: "nl"',
      '1: "en"',
      '2: "en"',
      '2: "de"',
      '3: key en',
      '3: key fr',
      '3: key en',
      '4: "en"',
      '4: "nl"',
      '4: "nl-NL"',
    ]);
  });

  it('are nowhere in src/ and scripts/ but the registry', () => {
    const found = [...sourceFiles('src'), ...sourceFiles('scripts')]
      .map((path) => relative(root, join(root, path)))
      .filter((file) => file !== REGISTRY)
      .flatMap((file) =>
        languageLiterals(file, readFileSync(join(root, file), 'utf8')).map(
          (hit) => `${file}:${hit}`,
        ),
      );
    expect(found).toEqual([]);
  });
});
