import { LANGUAGE_CODES, perLanguage, SOURCE_LANGUAGE, type Language } from '../../i18n/languages';
import { NATIONAL_ACT_NAMES } from '../legal/national-acts';
import { z } from '../zod';

/**
 * The questionnaire file format: the single source of truth for its shape.
 *
 * A questionnaire file holds structure and ids only; every sentence lives in
 * `locales/<lng>.json` keyed by those ids (see `locale-keys.ts`). Types are
 * inferred from these schemas, and `questionnaires/questionnaire.schema.json`
 * is generated from them for editors.
 */

export const QUESTIONNAIRE_SCHEMA_VERSION = 1;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable kebab-case id: part of URLs, saved sessions and translation keys. Never renumber. */
export const IdSchema = z
  .string()
  .regex(KEBAB, { message: 'must be a kebab-case id such as "data-inventory"' });

/** Name of a derived flag, e.g. `gdprApplies`. */
export const FlagNameSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, { message: 'must be a camelCase flag name such as "gdprApplies"' });

/**
 * A legal reference: a GDPR article with optional paragraph and point
 * ("Art. 3(2)(a)"), a recital ("Rec. 18"), or a provision of a national act
 * with optional paragraph ("UAVG 46", "BDSG 38(1)"; the acts are in `national-acts.ts`).
 */
export const LegalRefSchema = z
  .string()
  .regex(
    new RegExp(
      `^(?:Art\\. \\d{1,2}(?:\\(\\d{1,2}\\))?(?:\\([a-z]\\))?|Rec\\. \\d{1,3}|(?:${NATIONAL_ACT_NAMES.join('|')}) \\d{1,3}(?:\\(\\d{1,2}\\))?)$`,
    ),
    { message: 'must look like "Art. 3(2)(a)", "Rec. 18", "UAVG 46" or "BDSG 38(1)"' },
  );

/**
 * A show-condition or rule, written as data.
 *
 * Leaves test one earlier question (`equals`, `in`, `answered`, `gt`/`gte`/`lt`/`lte`)
 * or a derived flag; `all`, `any` and `not` combine them. For a multiple-choice
 * question, `equals` means "this option is among the chosen", `in` means
 * "any of these is among the chosen" and `minSelected` counts the chosen options.
 * `anyItem` holds when some item of a repeatable group meets `where`, `everyItem` when the group
 * has items and every one does (no items is not "every item": an exemption needs them said);
 * `where` tests only that group's own questions, as the item answered them.
 * `gap` holds when a shown, scored question of that fine tier has a gap answer;
 * it is only allowed in determinations, which look at the whole questionnaire. A question that is hidden counts as unanswered.
 *
 * Declared as a type first because zod cannot infer recursive unions.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { flag: string }
  | { question: string; equals: string | number }
  | { question: string; in: string[] }
  | { question: string; answered: boolean }
  | { question: string; gt: number }
  | { question: string; gte: number }
  | { question: string; lt: number }
  | { question: string; lte: number }
  | { question: string; minSelected: number }
  | { anyItem: string; where: Condition }
  | { everyItem: string; where: Condition }
  | { gap: 'art83-4' | 'art83-5' | 'none' };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(ConditionSchema).min(1) }),
    z.strictObject({ any: z.array(ConditionSchema).min(1) }),
    z.strictObject({ not: ConditionSchema }),
    z.strictObject({ flag: FlagNameSchema }),
    z.strictObject({ question: IdSchema, equals: z.union([IdSchema, z.number()]) }),
    z.strictObject({ question: IdSchema, in: z.array(IdSchema).min(1) }),
    z.strictObject({ question: IdSchema, answered: z.boolean() }),
    z.strictObject({ question: IdSchema, gt: z.number() }),
    z.strictObject({ question: IdSchema, gte: z.number() }),
    z.strictObject({ question: IdSchema, lt: z.number() }),
    z.strictObject({ question: IdSchema, lte: z.number() }),
    z.strictObject({ question: IdSchema, minSelected: z.number().int().min(1) }),
    z.strictObject({ anyItem: IdSchema, where: ConditionSchema }),
    z.strictObject({ everyItem: IdSchema, where: ConditionSchema }),
    z.strictObject({ gap: z.enum(['art83-4', 'art83-5', 'none']) }),
  ]),
);

export const PrioritySchema = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof PrioritySchema>;

/** Art. 83(4) is the lower fine tier, Art. 83(5)/(6) the upper; `none` where Art. 83 names no tier. */
export const FineTierSchema = z.enum(['art83-4', 'art83-5', 'none']);
export type FineTier = z.infer<typeof FineTierSchema>;

/**
 * How much work closing a gap takes: `quick-win` an hour or two (a template, a setting), `days`
 * some days of one person's work, `project` weeks, several people or money. The report's "start
 * here" rule puts the cheaper of two equally risky actions first.
 */
export const EffortSchema = z.enum(['quick-win', 'days', 'project']);
export type Effort = z.infer<typeof EffortSchema>;

export const OwnerRoleSchema = z.enum([
  'management',
  'legal',
  'it-security',
  'hr',
  'marketing',
  'procurement',
  'product',
]);
export type OwnerRole = z.infer<typeof OwnerRoleSchema>;

/** Guidance links open only when clicked, and only to these authorities. */
const GUIDANCE_HOSTS = [
  'eur-lex.europa.eu',
  'www.edpb.europa.eu',
  'www.autoriteitpersoonsgegevens.nl',
  'www.datenschutzkonferenz-online.de',
  'www.datatilsynet.dk',
  'www.cnil.fr',
];

export const GuidanceUrlSchema = z.url({
  protocol: /^https$/,
  hostname: new RegExp(`^(?:${GUIDANCE_HOSTS.map((h) => h.replaceAll('.', '\\.')).join('|')})$`),
  message: `must be an https link to ${GUIDANCE_HOSTS.join(', ')}`,
});

/**
 * What the report does with a question's answer. The action text lives in the
 * locale under `questions.<id>.action`.
 *
 * `effort` is required, not defaulted: it decides where an action lands in the report's
 * "start here" list and phases, so every action's effort is a judgement someone made about its
 * text, never a default nobody looked at.
 */
export const ScoringSchema = z.strictObject({
  priority: PrioritySchema,
  fineTier: FineTierSchema,
  effort: EffortSchema,
  /**
   * True where "no" (or "don't know") means the processing is unlawful today, whatever its fine
   * tier (Art. 8(1): a child's consent without the parents'; Art. 36(1): high-risk processing
   * started without consulting the authority): the action plan puts such an action in "now".
   */
  unlawfulToday: z.boolean().optional(),
  /** Options that count as a gap; defaults to no, partly and dont-know. */
  gaps: z.array(IdSchema).min(1).optional(),
  owner: OwnerRoleSchema.optional(),
  guidance: GuidanceUrlSchema.optional(),
});
export type Scoring = z.infer<typeof ScoringSchema>;

const questionBase = {
  id: IdSchema,
  required: z.boolean().default(true),
  articles: z.array(LegalRefSchema).default([]),
  showIf: ConditionSchema.optional(),
  scoring: ScoringSchema.optional(),
};

export const SingleChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('singleChoice'),
  options: z.array(IdSchema).min(2),
});

export const MultiChoiceQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiChoice'),
  options: z.array(IdSchema).min(2),
  /** Options that cannot be combined with any other, such as "none of these". */
  exclusive: z.array(IdSchema).default([]),
  /**
   * Makes a scored question a checklist of measures, by option id: every option but the
   * exclusive ones must be a measure. Ticked measures earn their share of the credit, and each
   * one not ticked is a gap with its own action (`questions.<id>.measures.<option>` in the
   * locales), citing its own articles and effort under the question's fine tier and owner, and
   * under the question's priority unless the measure names its own (a yearly check weighs less
   * than having no multi-factor authentication at all). An exclusive option such as "none of these" leaves every measure missing; "don't know"
   * raises the question's own action, to find out.
   */
  measures: z
    .record(
      IdSchema,
      z.strictObject({
        articles: z.array(LegalRefSchema).min(1),
        effort: EffortSchema,
        priority: PrioritySchema.optional(),
      }),
    )
    .optional(),
});

export const NumberQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().default(true),
  unit: z.enum(['people', 'eur']).optional(),
});

export const ShortTextQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('shortText'),
  maxLength: z.number().int().positive().max(500).default(200),
});

export const LongTextQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('longText'),
  maxLength: z.number().int().positive().max(20000).default(4000),
});

/** The questions answered once: every type but the repeatable group, which holds them. */
export const PlainQuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceQuestionSchema,
  MultiChoiceQuestionSchema,
  NumberQuestionSchema,
  ShortTextQuestionSchema,
  LongTextQuestionSchema,
]);
export type PlainQuestion = z.infer<typeof PlainQuestionSchema>;

/** A saved answer to a plain question: an option id, several option ids, a number or a text. */
export const PlainAnswerValueSchema = z.union([z.string(), z.array(z.string()), z.number()]);
export type PlainAnswerValue = z.infer<typeof PlainAnswerValueSchema>;

/** Stable id of one item of a repeatable group, given when the item is added. */
export const ItemIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'must be an item id such as "a1b2"' });

/**
 * A question asked of each item of a list the person makes, such as each processing activity:
 * its answer is the list, each item answering `questions`. A condition inside an item tests that
 * item's own earlier answers only; the rest of the questionnaire tests the items with `anyItem`
 * and `everyItem`, or the group with `answered`. `templates` are starting answers for common
 * items, which the person sees and edits before they count.
 */
/**
 * The fields of the record of processing activities (Art. 30) that each item fills, by the id of
 * the group's question that answers it. `processorWhen` (a condition on the item) tells the
 * activities done as a processor, which go to the Art. 30(2) record, from the controller's own.
 */
export const RecordMappingSchema = z.strictObject({
  processorWhen: ConditionSchema.optional(),
  /**
   * A condition on the item that holds when it sends no data to a third country: its record
   * then says "none" for the transfers (Art. 30(1)(e) applies "where applicable").
   */
  noTransfersWhen: ConditionSchema.optional(),
  fields: z.strictObject({
    /** Art. 30(2)(a): the controller a processor acts for (the client). */
    controller: IdSchema.optional(),
    /** Art. 30(1)(b); for a processor, the categories of processing (Art. 30(2)(b)). */
    purposes: IdSchema.optional(),
    /** Art. 30(1)(c). */
    dataSubjects: IdSchema.optional(),
    dataCategories: IdSchema.optional(),
    /** Art. 30(1)(d). */
    recipients: IdSchema.optional(),
    /** Art. 30(1)(e), 30(2)(c): transfers to a third country and their safeguards. */
    transfers: IdSchema.optional(),
    transferSafeguards: IdSchema.optional(),
    /** Art. 30(1)(f), where possible. */
    retention: IdSchema.optional(),
    /** Art. 30(1)(g), 30(2)(d), where possible. */
    security: IdSchema.optional(),
  }),
});
export type RecordMapping = z.infer<typeof RecordMappingSchema>;
export type RecordField = keyof RecordMapping['fields'];

export const RepeatableQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('repeatable'),
  minItems: z.number().int().min(0).default(0),
  maxItems: z.number().int().min(1).max(200).default(50),
  questions: z.array(PlainQuestionSchema).min(1),
  templates: z
    .array(z.strictObject({ id: IdSchema, answers: z.record(IdSchema, PlainAnswerValueSchema) }))
    .default([]),
  /** Makes the items rows of the Art. 30 record, which the results page and PDF then offer. */
  record: RecordMappingSchema.optional(),
  /**
   * Per-item determinations (`forEach` this group) that the overview table of the items shows
   * as columns, such as the role and the DPIA screening; every verdict still shows per item.
   */
  summary: z.array(IdSchema).default([]),
});
export type RepeatableQuestion = z.infer<typeof RepeatableQuestionSchema>;

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleChoiceQuestionSchema,
  MultiChoiceQuestionSchema,
  NumberQuestionSchema,
  ShortTextQuestionSchema,
  LongTextQuestionSchema,
  RepeatableQuestionSchema,
]);
export type Question = z.infer<typeof QuestionSchema>;
export type SingleChoiceQuestion = z.infer<typeof SingleChoiceQuestionSchema>;
export type MultiChoiceQuestion = z.infer<typeof MultiChoiceQuestionSchema>;
export type NumberQuestion = z.infer<typeof NumberQuestionSchema>;
export type TextQuestion =
  z.infer<typeof ShortTextQuestionSchema> | z.infer<typeof LongTextQuestionSchema>;
export type QuestionType = Question['type'];
export type ChoiceQuestion = Extract<Question, { type: 'singleChoice' | 'multiChoice' }>;

export const SectionSchema = z.strictObject({
  id: IdSchema,
  showIf: ConditionSchema.optional(),
  questions: z.array(QuestionSchema).min(1),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * An early end of the assessment, such as "the GDPR does not apply". Checked
 * whenever a person leaves a step; the reasons that hold are shown to explain it.
 */
export const ExitSchema = z.strictObject({
  id: IdSchema,
  when: ConditionSchema,
  reasons: z.array(z.strictObject({ id: IdSchema, when: ConditionSchema })).min(1),
});
export type Exit = z.infer<typeof ExitSchema>;

/** A language of the registry (`src/i18n/languages.ts`), the only place languages are listed. */
export const LanguageSchema = z.enum(LANGUAGE_CODES);
export type { Language };

/** An object with one `schema` value for every registered language, no more and no fewer. */
export function byLanguageSchema<T extends z.ZodType>(schema: T) {
  return z.strictObject(perLanguage(() => schema));
}

/**
 * An object with a `schema` value in the source language and, optionally, in
 * any other registered language: for files people write themselves, such as
 * an answers file for the report command, which need not be translated.
 */
export function sourceLanguageFirstSchema<T extends z.ZodType>(schema: T) {
  return z.strictObject(
    perLanguage((language) => (language === SOURCE_LANGUAGE ? schema : schema.optional())),
  );
}

/**
 * One reason an outcome holds, such as "Art. 35(3)(b): large-scale health data"
 * for a DPIA that is required. The report shows every reason that holds, and
 * adds its articles to the outcome's, so a verdict cites the paragraph that made it.
 */
export const OutcomeReasonSchema = z.strictObject({
  id: IdSchema,
  when: ConditionSchema,
  articles: z.array(LegalRefSchema).default([]),
});
export type OutcomeReason = z.infer<typeof OutcomeReasonSchema>;

/**
 * An outcome of a per-item determination that leaves a gap in that item (a processing activity
 * without a lawful basis, say): the report lists it as an action for that item, ranked like a
 * question's. `unless` names answers that close it all the same (a DPIA already done).
 * `critical` names the critical gap this outcome feeds (an activity without a lawful basis feeds
 * "no lawful basis"): while that gap holds and the item is one of its causes, the item's action
 * is critical, so the plan puts it first.
 */
export const OutcomeGapSchema = z.strictObject({
  priority: PrioritySchema,
  fineTier: FineTierSchema,
  /** Required for the same reason as a question's (see {@link ScoringSchema}). */
  effort: EffortSchema,
  unless: ConditionSchema.optional(),
  critical: IdSchema.optional(),
});
export type OutcomeGap = z.infer<typeof OutcomeGapSchema>;

/**
 * A conclusion the report states with its legal basis, such as "the GDPR applies
 * (Art. 3(1))" or "a DPO is required (Art. 37(1))". With `match: first` the
 * first outcome whose condition holds is the result; with `all`, every one that
 * holds (roles, say), and the outcome without a condition only when none does.
 *
 * Rule of the shipped questionnaire: an outcome that grants an exemption or says
 * a duty does not apply ("not-required", "exempt", "not-needed") is only reached
 * through definite answers; a "don't know" it depends on leads to an earlier
 * `unclear` outcome whose reasons say what to find out.
 */
export const DeterminationSchema = z.strictObject({
  id: IdSchema,
  match: z.enum(['first', 'all']).default('first'),
  /**
   * The applicability determination: when an early exit holds (the GDPR does not
   * apply), the report states only the determinations marked `scope`, and no
   * duties, fine tiers or other verdicts.
   */
  scope: z.boolean().default(false),
  /**
   * A repeatable group whose items are judged one by one (each processing activity's DPIA
   * screening, say): the conditions see that item's answers beside the rest of the answers,
   * and the report gives an outcome per item instead of one for the whole.
   */
  forEach: IdSchema.optional(),
  /**
   * The report states the determination only where this holds, such as a national law that
   * applies or may apply; elsewhere it is left out, not stated as "not indicated".
   */
  onlyWhen: ConditionSchema.optional(),
  outcomes: z
    .array(
      z.strictObject({
        id: IdSchema,
        /** Absent on the fallback outcome, which must come last. */
        when: ConditionSchema.optional(),
        articles: z.array(LegalRefSchema).default([]),
        /** Why the outcome holds; the ones that hold are reported with it. */
        reasons: z.array(OutcomeReasonSchema).default([]),
        /** Only with `forEach`. */
        gap: OutcomeGapSchema.optional(),
      }),
    )
    .min(1),
});
export type Determination = z.infer<typeof DeterminationSchema>;

/**
 * The national law of one member state, as a module of the questionnaire: which act it is, where
 * to read it, when its rules here were last checked against those sources, and which parts of the
 * questionnaire carry its rules. Those parts are ordinary sections, determinations and critical
 * gaps that test the module's `flag`, so its questions are scored, its verdicts stated and its
 * gaps ranked by the same machinery as the rest; an organisation sees every module whose flag holds.
 *
 * The module's `determination` says whether the law applies and why: its outcome `applies`
 * holds exactly when `flag` does, and its reasons ("you have an establishment in Germany") are
 * what the report gives for applying it.
 */
export const NationalModuleSchema = z.strictObject({
  id: IdSchema,
  /** ISO 3166-1 alpha-2 code of the member state. */
  country: z.string().regex(/^[A-Z]{2}$/, { message: 'must be a country code such as "DE"' }),
  law: z.strictObject({
    /** The act's short name as references cite it ("BDSG 38(1)"); see `national-acts.ts`. */
    act: z.enum(NATIONAL_ACT_NAMES),
    /** The act's official title, in its own language. */
    title: z.string().min(1),
    /** Where it was published, such as "BGBl. I 2017 S. 2097". */
    citation: z.string().min(1),
  }),
  flag: FlagNameSchema,
  determination: IdSchema,
  /** The sections holding the module's own questions; each is shown only where `flag` holds. */
  sections: z.array(IdSchema).min(1),
  /** The official texts and authority pages the module's rules rest on. */
  sources: z
    .array(z.strictObject({ title: z.string().min(1), url: z.url({ protocol: /^https$/ }) }))
    .min(1),
  lastChecked: z.iso.date(),
});
export type NationalModule = z.infer<typeof NationalModuleSchema>;

/**
 * A mandatory duty left unmet, such as a required DPIA not carried out. Any
 * critical gap that holds caps the overall rating and the rating of its section
 * at red, whatever the score, and is listed above the score. The action plan puts first every
 * answer and item that makes it hold; `action` names the scored question whose action is critical
 * when none of those is (see `src/report/critical-actions.ts`).
 */
export const CriticalGapSchema = z.strictObject({
  id: IdSchema,
  section: IdSchema,
  when: ConditionSchema,
  articles: z.array(LegalRefSchema).min(1),
  action: IdSchema.optional(),
});
export type CriticalGap = z.infer<typeof CriticalGapSchema>;

const seconds = z.number().int().positive();

/**
 * About how many seconds a person takes per question, reading its help included, by type; the
 * intro's time estimate adds them up over the questions an example answers.
 */
export const TimingSchema = z.strictObject({
  singleChoice: seconds,
  multiChoice: seconds,
  number: seconds,
  shortText: seconds,
  longText: seconds,
  /** One item of a repeatable group (a processing activity, say) with all its questions. */
  repeatableItem: seconds,
});
export type Timing = z.infer<typeof TimingSchema>;

/**
 * A question whose meaning changed in a version, so that answers saved before it cannot simply
 * be kept (a yes/partly/no question that became a list of measures, say). A save made with an
 * older questionnaire version has its answer to `question` carried over only as `keep` says:
 * an old answer named there becomes the answer given, any other leaves the question unanswered.
 * Either way the person is told that the question changed and shown their earlier answer, so
 * nothing they said is silently claimed or silently lost.
 */
export const QuestionChangeSchema = z.strictObject({
  question: IdSchema,
  /** The questionnaire version that changed the question. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'must be a version such as "1.0.0"' }),
  /** Old answers that mean exactly one new answer, such as "don't know"; by old option id. */
  keep: z.record(IdSchema, PlainAnswerValueSchema).default({}),
});
export type QuestionChange = z.infer<typeof QuestionChangeSchema>;

export const QuestionnaireSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(QUESTIONNAIRE_SCHEMA_VERSION),
  id: IdSchema,
  /** Bumped whenever questions change meaning, so saved answers can be checked against it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'must be a version such as "1.0.0"' }),
  languages: z.array(LanguageSchema).min(1),
  /** Derived flags, each defined by a condition; a flag may use flags declared before it. */
  flags: z.record(FlagNameSchema, ConditionSchema).default({}),
  exits: z.array(ExitSchema).default([]),
  determinations: z.array(DeterminationSchema).default([]),
  criticalGaps: z.array(CriticalGapSchema).default([]),
  /** National law per member state; see {@link NationalModuleSchema}. */
  nationalModules: z.array(NationalModuleSchema).default([]),
  /** Without it the intro gives no time estimate. */
  timing: TimingSchema.optional(),
  sections: z.array(SectionSchema).min(1),
  /** Questions that changed meaning, oldest first; see {@link QuestionChangeSchema}. */
  changes: z.array(QuestionChangeSchema).default([]),
});
export type Questionnaire = z.infer<typeof QuestionnaireSchema>;

/** One item of a repeatable group: its id and its answers, keyed by the group's question ids. */
export const RepeatedItemSchema = z.strictObject({
  id: ItemIdSchema,
  answers: z.record(IdSchema, PlainAnswerValueSchema),
});
export type RepeatedItem = z.infer<typeof RepeatedItemSchema>;

/** A saved answer: a plain question's, or a repeatable group's list of items. */
export const AnswerValueSchema = z.union([PlainAnswerValueSchema, z.array(RepeatedItemSchema)]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answers = Readonly<Record<string, AnswerValue>>;
