import { z } from '../zod-mini';
import { WizardLocationSchema } from '../wizard/location';

export const SESSION_TYPE = 'gdpr-readiness-session';
/**
 * 2 added the action plan (owner and due date per gap); 3 added notes, parked
 * questions and processor agreement reviews; 4 lets an answer be a repeatable
 * group's list of items. Older saves are migrated.
 */
export const SESSION_VERSION = 4;

/** Bounds that keep a hostile or broken file from exhausting memory. */
const MAX_ANSWERS = 2000;
export const MAX_TEXT = 20000;
/** Vendor agreement reviews one assessment holds; the DPA guide stops adding at this. */
export const MAX_REVIEWS = 100;

const QuestionIdSchema = z.string().check(z.minLength(1), z.maxLength(100));

/** Items one repeatable group can hold; a questionnaire may allow fewer. */
export const MAX_ITEMS = 200;

const SavedPlainAnswerSchema = z.union([
  z.string().check(z.maxLength(MAX_TEXT)),
  z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
  z.number(),
]);

/** One item of a repeatable group as saved: its id and its own bounded answers. */
export const SavedItemSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  answers: z
    .record(QuestionIdSchema, SavedPlainAnswerSchema)
    .check(z.refine((a) => Object.keys(a).length <= 200, { message: 'too many answers' })),
});

/**
 * An answer as it can be saved: bounded text, a bounded list of option ids, a finite number, or
 * a bounded list of a repeatable group's items.
 */
export const SavedAnswerSchema = z.union([
  SavedPlainAnswerSchema,
  z.array(SavedItemSchema).check(z.maxLength(MAX_ITEMS)),
]);

export const ActionPlanEntrySchema = z.strictObject({
  ownerName: z.nullable(z.string().check(z.maxLength(200))),
  dueDate: z.nullable(z.iso.date()),
});

export const NoteSchema = z.string().check(z.maxLength(MAX_TEXT));

/** One vendor's processing agreement, checked against the Art. 28 checklist. */
export const ProcessorReviewSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  vendor: z.string().check(z.maxLength(200)),
  /** Ids of checklist items the agreement was found to cover. */
  checked: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(50)),
});

/** Longest name of who assessed; the same bound as an action's owner. */
export const MAX_ASSESSED_BY = 200;
/** Longest list of participants, as typed (names separated as the person likes). */
export const MAX_PARTICIPANTS = 1000;

/**
 * Who made the assessment, for the report's cover. Added to version 4 as an optional field, so
 * saves and files from before it stay valid as they are; an empty field is left out.
 */
export const TeamSchema = z.strictObject({
  /** The person or firm that ran the assessment, such as a consultant. */
  assessedBy: z.optional(z.string().check(z.maxLength(MAX_ASSESSED_BY))),
  /** Who took part, such as the people in a workshop. */
  participants: z.optional(z.string().check(z.maxLength(MAX_PARTICIPANTS))),
});

/**
 * The saved progress of one assessment: a versioned envelope, so that older
 * saves can be migrated and unknown ones refused instead of misread.
 */
export const SessionSchema = z.strictObject({
  type: z.literal(SESSION_TYPE),
  version: z.literal(SESSION_VERSION),
  questionnaireId: QuestionIdSchema,
  questionnaireVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  answers: z
    .record(QuestionIdSchema, SavedAnswerSchema)
    .check(z.refine((a) => Object.keys(a).length <= MAX_ANSWERS, { message: 'too many answers' })),
  location: WizardLocationSchema,
  overriddenExits: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  completedAt: z.nullable(z.iso.datetime()),
  updatedAt: z.iso.datetime(),
  /** Who will close each gap and by when, keyed by question id. */
  actionPlan: z
    .record(QuestionIdSchema, ActionPlanEntrySchema)
    .check(z.refine((a) => Object.keys(a).length <= MAX_ANSWERS, { message: 'too many actions' })),
  /** Discussion notes per question id, as taken in a workshop. */
  notes: z
    .record(QuestionIdSchema, NoteSchema)
    .check(z.refine((a) => Object.keys(a).length <= MAX_ANSWERS, { message: 'too many notes' })),
  /** Questions set aside to revisit before the review, in the order they were parked. */
  parked: z.array(QuestionIdSchema).check(z.maxLength(MAX_ANSWERS)),
  processorReviews: z.array(ProcessorReviewSchema).check(z.maxLength(MAX_REVIEWS)),
  /** Who assessed and who took part; absent when nobody said. */
  team: z.optional(TeamSchema),
});
export type Session = z.infer<typeof SessionSchema>;
/** An owner and due date (yyyy-mm-dd) a person gave to the action of one gap. */
export type ActionPlanEntry = Readonly<z.infer<typeof ActionPlanEntrySchema>>;
/** Who assessed and who took part; each field absent when not given. */
export type Team = Readonly<z.infer<typeof TeamSchema>>;
/** One vendor's processing agreement and the checklist items it was found to cover. */
export type ProcessorReview = Readonly<
  Omit<z.infer<typeof ProcessorReviewSchema>, 'checked'> & { checked: readonly string[] }
>;
