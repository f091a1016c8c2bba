import { isRecord } from '../is-record';
import { z } from '../zod-mini';

/**
 * The library's index: the names, dates and links of every assessment, kept apart from the
 * assessments themselves. Reading it is lenient: a damaged field costs that field, never the
 * entry, and a damaged entry never costs the rest of the list.
 */

export const INDEX_TYPE = 'gdpr-readiness-library';
export const MAX_ASSESSMENTS = 1000;
export const MAX_NAME = 200;

const IdSchema = z.string().check(z.minLength(1), z.maxLength(100));
const OptionalIdSchema = z.nullable(z.string().check(z.maxLength(100)));
const DateTimeSchema = z.iso.datetime();

export const AssessmentMetaSchema = z.strictObject({
  id: IdSchema,
  /** Given by the person; empty means "use the organisation's name from the answers". */
  name: z.string().check(z.maxLength(MAX_NAME)),
  questionnaireId: IdSchema,
  createdAt: DateTimeSchema,
  lastExportedAt: z.nullable(DateTimeSchema),
  /** The assessment this one was duplicated from, for a re-assessment. */
  basedOn: OptionalIdSchema,
});
export type AssessmentMeta = z.infer<typeof AssessmentMetaSchema>;

export const LibraryIndexSchema = z.strictObject({
  type: z.literal(INDEX_TYPE),
  version: z.literal(1),
  activeId: OptionalIdSchema,
  assessments: z.array(AssessmentMetaSchema).check(z.maxLength(MAX_ASSESSMENTS)),
});
export type LibraryIndex = z.infer<typeof LibraryIndexSchema>;

/** What a saved session tells about itself, for an entry whose own fields were lost. */
export interface StoredFacts {
  readonly questionnaireId: string | null;
  /** The session's last save: the earliest time the library can still vouch for. */
  readonly savedAt: string | null;
}

/** The assessments saved under their own keys; read lazily, as an intact index needs neither. */
export interface StoredAssessments {
  /** Ids with a saved session, in the store's key order. */
  readonly ids: () => readonly string[];
  readonly facts: (id: string) => StoredFacts;
}

/** What could not be read from a damaged index, as counts to tell the person. */
export interface IndexRepairCounts {
  /** Not JSON, or no list of assessments in it: only the assessments stored under keys were kept. */
  readonly unreadable: boolean;
  readonly names: number;
  readonly createdDates: number;
  readonly exportDates: number;
  /** Links of a re-assessment to the one it was made from. */
  readonly basedOn: number;
  readonly questionnaires: number;
  /** Entries left out: without a usable id, or beyond {@link MAX_ASSESSMENTS}. */
  readonly entries: number;
  /** Second and later entries with the same id; the first was kept. */
  readonly duplicates: number;
  /** Assessments saved in this browser but missing from the list, put back without their names. */
  readonly readopted: number;
  /** Which assessment was open could not be read. */
  readonly active: boolean;
}

export interface IndexReading {
  /** Always valid for {@link LibraryIndexSchema}, with unique ids. */
  readonly index: LibraryIndex;
  /** Null when the stored text was an intact index and is returned as it was. */
  readonly repair: IndexRepairCounts | null;
}

/**
 * Reads the stored index text. An intact index comes back as it is; anything else is repaired
 * field by field, and assessments saved under keys but missing from the list are put back.
 * Those are looked for only in a damaged index: in an intact one a key without an entry is a
 * save or a removal another tab has not finished, and must not be brought back.
 */
export function readLibraryIndex(
  raw: string,
  stored: StoredAssessments,
  now: string,
): IndexReading {
  const data = parseJson(raw);
  const intact = LibraryIndexSchema.safeParse(data);
  if (intact.success && uniqueIds(intact.data.assessments))
    return { index: intact.data, repair: null };
  return repairIndex(data, stored, now);
}

function repairIndex(data: unknown, stored: StoredAssessments, now: string): IndexReading {
  const counts = {
    unreadable: false,
    names: 0,
    createdDates: 0,
    exportDates: 0,
    basedOn: 0,
    questionnaires: 0,
    entries: 0,
    duplicates: 0,
    readopted: 0,
    active: false,
  };
  const envelope = isRecord(data) ? data : {};
  const entries = Array.isArray(envelope.assessments) ? (envelope.assessments as unknown[]) : null;
  if (entries === null) counts.unreadable = true;

  const assessments: AssessmentMeta[] = [];
  const seen = new Set<string>();
  const facts = memoize(stored.facts);
  for (const entry of entries ?? []) {
    const id = isRecord(entry) ? IdSchema.safeParse(entry.id) : null;
    if (!id?.success || !isRecord(entry)) {
      counts.entries++;
      continue;
    }
    if (seen.has(id.data)) {
      counts.duplicates++;
      continue;
    }
    if (assessments.length >= MAX_ASSESSMENTS) {
      counts.entries++;
      continue;
    }
    seen.add(id.data);
    assessments.push(repairEntry(id.data, entry, counts, () => facts(id.data), now));
  }

  for (const id of stored.ids()) {
    if (seen.has(id) || !IdSchema.safeParse(id).success) continue;
    if (assessments.length >= MAX_ASSESSMENTS) break;
    seen.add(id);
    counts.readopted++;
    assessments.push(adopted(id, facts(id), now));
  }

  const activeId = OptionalIdSchema.safeParse(envelope.activeId);
  if (!activeId.success && !counts.unreadable) counts.active = true;
  return {
    index: {
      type: INDEX_TYPE,
      version: 1,
      // One that points nowhere is kept: Library.activeId() falls back to the first, as it always has.
      activeId: activeId.success ? activeId.data : (assessments[0]?.id ?? null),
      assessments,
    },
    repair: counts,
  };
}

type MutableCounts = { -readonly [K in keyof IndexRepairCounts]: IndexRepairCounts[K] };

/** One entry with every unreadable field replaced by what the library knows best. */
function repairEntry(
  id: string,
  entry: Record<string, unknown>,
  counts: MutableCounts,
  facts: () => StoredFacts,
  now: string,
): AssessmentMeta {
  let name = '';
  if (typeof entry.name === 'string') {
    // A name that is too long is still mostly the person's own: keep what fits.
    name = entry.name.slice(0, MAX_NAME);
    if (entry.name.length > MAX_NAME) counts.names++;
  } else counts.names++;

  const questionnaireId = IdSchema.safeParse(entry.questionnaireId);
  if (!questionnaireId.success) counts.questionnaires++;
  const createdAt = DateTimeSchema.safeParse(entry.createdAt);
  if (!createdAt.success) counts.createdDates++;
  const lastExportedAt = z.nullable(DateTimeSchema).safeParse(entry.lastExportedAt);
  // Read as "never exported", so the library reminds the person to make a backup.
  if (!lastExportedAt.success) counts.exportDates++;
  const basedOn = OptionalIdSchema.safeParse(entry.basedOn);
  if (!basedOn.success) counts.basedOn++;

  return {
    id,
    name,
    questionnaireId: questionnaireId.success
      ? questionnaireId.data
      : (facts().questionnaireId ?? 'unknown'),
    createdAt: createdAt.success ? createdAt.data : (facts().savedAt ?? now),
    lastExportedAt: lastExportedAt.success ? lastExportedAt.data : null,
    basedOn: basedOn.success ? basedOn.data : null,
  };
}

function adopted(id: string, facts: StoredFacts, now: string): AssessmentMeta {
  return {
    id,
    name: '',
    questionnaireId: facts.questionnaireId ?? 'unknown',
    createdAt: facts.savedAt ?? now,
    lastExportedAt: null,
    basedOn: null,
  };
}

/** What a saved session's text says about itself; anything unreadable is null. */
export function storedFacts(raw: string | null): StoredFacts {
  const data = raw === null ? undefined : parseJson(raw);
  const session = isRecord(data) ? data : {};
  const questionnaireId = IdSchema.safeParse(session.questionnaireId);
  const savedAt = DateTimeSchema.safeParse(session.updatedAt);
  return {
    questionnaireId: questionnaireId.success ? questionnaireId.data : null,
    savedAt: savedAt.success ? savedAt.data : null,
  };
}

function uniqueIds(assessments: readonly AssessmentMeta[]): boolean {
  return new Set(assessments.map((a) => a.id)).size === assessments.length;
}

function memoize(read: (id: string) => StoredFacts): (id: string) => StoredFacts {
  const known = new Map<string, StoredFacts>();
  return (id) => {
    let facts = known.get(id);
    if (!facts) {
      facts = read(id);
      known.set(id, facts);
    }
    return facts;
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
