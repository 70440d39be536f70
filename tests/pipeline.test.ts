// The meta-test (after refined-github's features.test.ts): every field has exactly one
// extractor module wired into the pipeline, every extractor module has its tests, and the two
// field registries (engine: extractors/fields.ts, UI: utils/fields.ts) agree with each other.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_EXTRACTORS } from '../extractors/card';
import { emptyFields, FIELD_NAMES, FIELDS, LIST_FIELDS, SCALAR_FIELDS } from '../extractors/fields';
import { docFromText } from '../extractors/input';
import { FIELD_ORDER, FIELD_UI, fieldUi } from '../utils/fields';
import { formatFieldValue, UNREADABLE } from '../utils/format';

const root = join(import.meta.dirname, '..');
// Pipeline plumbing rather than extractors.
const NOT_EXTRACTORS = new Set(['card.ts', 'fields.ts', 'index.ts', 'input.ts', 'types.ts']);

describe('the extractor pipeline', () => {
  it('has one extractor per card field', () => {
    expect(Object.keys(FIELD_EXTRACTORS).sort()).toEqual([...FIELD_NAMES].sort());
  });

  it('names each field extractor module after its field', () => {
    for (const field of FIELD_NAMES) expect(existsSync(join(root, 'extractors', `${field}.ts`))).toBe(true);
  });

  it('gives every extractor and shared helper a test file of its own', () => {
    const modules = [
      ...readdirSync(join(root, 'extractors')).filter((f) => f.endsWith('.ts') && !NOT_EXTRACTORS.has(f)),
      ...readdirSync(join(root, 'extractors/common'))
        .filter((f) => f.endsWith('.ts'))
        .filter((f) => !['doc.ts', 'finding.ts', 'hash.ts', 'parse-html.ts'].includes(f)),
    ];
    const missing = modules.filter((f) => !existsSync(join(root, 'tests', f.replace(/\.ts$/, '.test.ts'))));
    expect(missing).toEqual([]);
  });
});

describe('the field registries', () => {
  it('list the same fields in the same order on both sides', () => {
    expect([...FIELD_ORDER]).toEqual([...FIELD_NAMES]);
    expect(Object.keys(emptyFields())).toEqual([...FIELD_NAMES]);
  });

  it('agree on which fields are lists, and the empty value follows the shape', () => {
    const doc = docFromText('Plain text that states nothing.');
    for (const field of FIELD_NAMES) {
      const list = FIELDS[field].shape === 'list';
      expect(FIELD_UI[field].list, field).toBe(list);
      expect(emptyFields()[field], field).toEqual(list ? [] : null);
      // The extractor returns the shape its row declares.
      expect(Array.isArray(FIELDS[field].extract(doc)), field).toBe(list);
    }
    expect([...LIST_FIELDS, ...SCALAR_FIELDS].sort()).toEqual([...FIELD_NAMES].sort());
  });

  it('give every field a label, an editor and formatters that survive partial values', () => {
    for (const field of FIELD_ORDER) {
      const ui = fieldUi(field);
      expect(ui.label, field).toBeTruthy();
      expect(ui.editor.inputs.length, field).toBeGreaterThan(0);
      // Stored cards and old corrections may hold `{}`, partial values or a stray primitive: never a throw.
      for (const bad of [{}, { percent: 'x', tiers: 3, kind: 7, name: null }, 'text', 7, [], true]) {
        expect(typeof formatFieldValue(field, bad), field).toBe('string');
        expect(() => ui.cell([bad]), field).not.toThrow();
      }
      // A partial object still reads as words; a value of the wrong kind altogether says it is unreadable.
      const isBoolean = ui.editor.inputs.length === 1 && ui.editor.inputs[0]?.key === '';
      expect(formatFieldValue(field, isBoolean ? false : {}), field).not.toBe(UNREADABLE);
      expect(formatFieldValue(field, isBoolean ? {} : 'text'), field).toBe(UNREADABLE);
    }
  });
});
