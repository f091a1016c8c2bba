import { describe, expect, it } from 'vitest';
import { upgradeEnvelope, type Migrations } from './upgrade-envelope';

const migrations: Migrations = {
  1: (old) => ({ ...old, version: 2, added: [] }),
  2: (old) => ({ ...old, version: 3, renamed: old.added }),
};

describe('upgradeEnvelope', () => {
  it('runs every step from the envelope’s version to the newest, in order', () => {
    expect(upgradeEnvelope({ version: 1, kept: 'x' }, migrations)).toEqual({
      version: 3,
      kept: 'x',
      added: [],
      renamed: [],
    });
  });

  it('starts from the version the envelope has', () => {
    expect(upgradeEnvelope({ version: 2, added: ['a'] }, migrations)).toEqual({
      version: 3,
      added: ['a'],
      renamed: ['a'],
    });
  });

  it.each([{ version: 3 }, { version: 9 }, { version: '1' }, {}])(
    'leaves %j as it is when no step applies',
    (envelope) => {
      expect(upgradeEnvelope(envelope, migrations)).toBe(envelope);
    },
  );

  it('returns a new object and leaves the given one unchanged', () => {
    const old = { version: 1 };
    upgradeEnvelope(old, migrations);
    expect(old).toEqual({ version: 1 });
  });
});
