import { z } from '../zod';
import { WizardLocationSchema } from '../wizard/location';

export const SESSION_TYPE = 'gdpr-readiness-session';
/** 2 added the action plan (owner and due date per gap); version 1 saves are migrated. */
export const SESSION_VERSION = 2;

/** Bounds that keep a hostile or broken file from exhausting memory. */
const MAX_ANSWERS = 2000;
const MAX_TEXT = 20000;

/**
 * The saved progress of one assessment: a versioned envelope, so that older
 * saves can be migrated and unknown ones refused instead of misread.
 */
export const SessionSchema = z.strictObject({
  type: z.literal(SESSION_TYPE),
  version: z.literal(SESSION_VERSION),
  questionnaireId: z.string().min(1).max(100),
  questionnaireVersion: z.string().min(1).max(40),
  answers: z
    .record(
      z.string().min(1).max(100),
      z.union([z.string().max(MAX_TEXT), z.array(z.string().max(100)).max(200), z.number()]),
    )
    .refine((a) => Object.keys(a).length <= MAX_ANSWERS, { message: 'too many answers' }),
  location: WizardLocationSchema,
  overriddenExits: z.array(z.string().max(100)).max(50),
  completedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  /** Who will close each gap and by when, keyed by question id. */
  actionPlan: z
    .record(
      z.string().min(1).max(100),
      z.strictObject({
        ownerName: z.string().max(200).nullable(),
        dueDate: z.iso.date().nullable(),
      }),
    )
    .refine((a) => Object.keys(a).length <= MAX_ANSWERS, { message: 'too many actions' }),
});
export type Session = z.infer<typeof SessionSchema>;
