/** One step from a version of a saved envelope to the next; it must raise `version`. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** The steps of a kind of envelope, keyed by the version each one upgrades from. */
export type Migrations = Readonly<Record<number, Migration>>;

/**
 * Runs `migrations` on an envelope, one version at a time, until none applies. The result is
 * unchecked: its `version` is the newest when every step was known, and its shape still has to
 * pass the envelope's schema.
 */
export function upgradeEnvelope(
  data: Record<string, unknown>,
  migrations: Migrations,
): Record<string, unknown> {
  let envelope = data;
  let migrate = migrationFor(envelope, migrations);
  while (migrate) {
    envelope = migrate(envelope);
    migrate = migrationFor(envelope, migrations);
  }
  return envelope;
}

function migrationFor(envelope: Record<string, unknown>, migrations: Migrations) {
  return typeof envelope.version === 'number' ? migrations[envelope.version] : undefined;
}
