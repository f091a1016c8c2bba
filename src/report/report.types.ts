import type {
  AnswerValue,
  Effort,
  FineTier,
  OwnerRole,
  Priority,
} from '../engine/questionnaire/questionnaire.schema';
import type {
  CriticalGapResult,
  DeterminationOutcome,
  DeterminationResult,
  OutOfScope,
} from '../engine/questionnaire/determinations';
import type { ProcessingRecord } from '../engine/record/processing-record';
import type { ConflictingAnswer } from './critical-actions';
import type { Phase } from './first-steps';
import type { OwnerSuggestion } from './owner-roles';

/**
 * The readiness report as plain data, free of language and layout: every text
 * is a translation key (or an id that leads to one), so the same model feeds
 * the results page, the PDF and `npm run report --format json`.
 */

export type Rag = 'red' | 'amber' | 'green';

/** The words for a score, see `readiness-labels.ts`: never "ready" while a critical gap is open. */
export type Readiness = 'ready' | 'largely-ready' | 'partly-ready' | 'not-ready' | 'not-scored';

export interface SectionScore {
  readonly sectionId: string;
  /** Shown with the person's answers; a skipped section has no score. */
  readonly shown: boolean;
  /** 0-100, or null when no scored question was shown or all were "not applicable". */
  readonly score: number | null;
  /** Red whenever the section has a critical gap, whatever its score. */
  readonly rag: Rag | null;
  readonly readiness: Readiness;
  /** Scored questions that counted (shown, answered, not "not applicable"). */
  readonly scoredQuestions: number;
  readonly gaps: number;
  /** Mandatory duties of this section left unmet. */
  readonly criticalGaps: number;
}

export interface ActionItem {
  readonly questionId: string;
  /**
   * For a list of measures, the measure not in place that this action is about; null for the
   * question's own action (see `actionTextKey` and `actionPlanKey` in `planned-actions.ts`).
   */
  readonly measure: string | null;
  readonly sectionId: string;
  /**
   * The answer that makes this a gap: no, partly or dont-know (or a question's own gap options);
   * `no` for a measure not ticked.
   */
  readonly answer: string;
  /** Closing this gap meets a mandatory duty now unmet (a critical gap); such actions come first. */
  readonly critical: boolean;
  readonly priority: Priority;
  readonly fineTier: FineTier;
  readonly articles: readonly string[];
  /** How much work closing the gap takes, from the questionnaire. */
  readonly effort: Effort;
  readonly ownerRole: OwnerRole | null;
  /** Who to suggest as owner, fitting the organisation's size: a report text key. */
  readonly suggestedOwner: OwnerSuggestion | null;
  /** "Don't know" answers add an action to find out, on top of closing the gap. */
  readonly investigate: boolean;
  /**
   * Other answers that contradict this one (see `critical-actions.ts`): the answer given said
   * all is well, so the action counts it as "don't know" and asks which is true.
   */
  readonly conflict: {
    /** The option the person chose for this question. */
    readonly answered: string;
    readonly with: readonly ConflictingAnswer[];
  } | null;
  /** An authority's guidance page; opened only when a person clicks it. */
  readonly guidance: string | null;
  /** Filled in by the person (results page or workshop), kept with the assessment. */
  readonly ownerName: string | null;
  /** ISO date (yyyy-mm-dd) or null. */
  readonly dueDate: string | null;
}

export interface FineTierCap {
  /** The statutory maximum in euro for this tier, or null where national law decides (public bodies). */
  readonly cap: number | null;
  /** How many gaps fall in this tier. */
  readonly gaps: number;
}

export interface FineExposure {
  /**
   * How the caps were worked out: for an undertaking from its `turnover`, or the
   * `fixed-caps` without one; the fixed amounts for an organisation that is
   * `not-undertaking` (no economic activity) and for a public body whose national
   * law lets the authority fine it up to them (`public-body-fixed-caps`, the
   * Netherlands); no caps for another public body (`national-law`, Art. 83(7)).
   */
  readonly basis:
    'turnover' | 'fixed-caps' | 'not-undertaking' | 'public-body-fixed-caps' | 'national-law';
  /** The member state whose law sets a public body's fines (ISO code, `NL`), else null. */
  readonly nationalLaw: string | null;
  /**
   * What was assumed for an answer left open or "don't know", always what gives
   * the higher maximum: an undertaking, and not a public body.
   */
  readonly assumptions: readonly ('undertaking-assumed' | 'not-public-body-assumed')[];
  /** Worldwide annual turnover of the whole group (preceding financial year), when given. */
  readonly turnover: number | null;
  readonly tiers: { readonly 'art83-4': FineTierCap; readonly 'art83-5': FineTierCap };
  /** The highest tier any gap falls in. */
  readonly highestTier: FineTier;
  /**
   * The statutory maximum for the highest tier exposed: a ceiling, never a
   * prediction; caps are not added up (Art. 83(3)). Null for national law or no gap.
   */
  readonly ceiling: number | null;
  /**
   * Ids of the real fines to show for context (`ENFORCEMENT_CASES`), those on
   * organisations closest in size first, then those for the same gaps.
   */
  readonly examples: readonly string[];
}

export interface AnswerRow {
  readonly questionId: string;
  readonly shown: boolean;
  /** The answer that counted; undefined when not answered or not shown. */
  readonly value: AnswerValue | undefined;
  /** For a repeatable group's answer, what each item is called (null: unnamed, numbered). */
  readonly itemNames?: readonly (string | null)[];
}

export interface AnswerSection {
  readonly sectionId: string;
  readonly shown: boolean;
  readonly questions: readonly AnswerRow[];
}

export interface ReportModel {
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  /** The organisation's name as answered, if any. */
  readonly organisation: string | null;
  /** The rating is red while any critical gap is open, whatever the score. */
  readonly overall: {
    readonly score: number | null;
    readonly rag: Rag | null;
    readonly readiness: Readiness;
    readonly criticalGaps: number;
  };
  /** Non-null when the GDPR does not reach the organisation; the report then states no duties. */
  readonly outOfScope: OutOfScope | null;
  /** Mandatory duties left unmet, listed above the score. */
  readonly criticalGaps: readonly CriticalGapResult[];
  readonly sections: readonly SectionScore[];
  readonly determinations: readonly DeterminationResult[];
  /** The national laws the answers bring in, in the questionnaire's order of its modules. */
  readonly nationalLaws: readonly AppliedNationalLaw[];
  /** The record of processing activities (Art. 30) of each group that maps its questions to it. */
  readonly records: readonly ProcessingRecord[];
  /** Per repeatable group with determinations reached for each item: the items and their outcomes. */
  readonly itemVerdicts: readonly ItemVerdicts[];
  /** Critical first, then by priority, fine tier (upper first) and article. */
  readonly actions: readonly ActionItem[];
  /**
   * Gaps in single items (a processing activity without a lawful basis, say): per group, in
   * the items' order, and for each item by priority, fine tier and article.
   */
  readonly itemActions: readonly ItemAction[];
  /** Where to begin: the first steps and every action in a phase, see `first-steps.ts`. */
  readonly plan: ActionPlan;
  readonly fines: FineExposure;
  readonly answers: readonly AnswerSection[];
  /** Vendors' processing agreements checked on the DPA guide (Art. 28). */
  readonly processors: ProcessorAgreements;
}

/** A per-item verdict that leaves a gap in that item: what to do there, ranked like an action. */
export interface ItemAction {
  readonly group: string;
  readonly itemId: string;
  /** What the person called the item; null when unnamed (then `position` numbers it). */
  readonly name: string | null;
  /** The item's place in its list, from 1. */
  readonly position: number;
  readonly determination: string;
  /** The outcome reached, with the reasons that hold; its texts say what to do. */
  readonly outcome: string;
  readonly reasons: readonly string[];
  readonly articles: readonly string[];
  readonly priority: Priority;
  readonly fineTier: FineTier;
  readonly effort: Effort;
  /**
   * Closing this item's gap removes a cause of a critical gap that holds (an activity without a
   * lawful basis under Art. 6(1)), see `critical-actions.ts`; the plan then puts it first.
   */
  readonly critical: boolean;
}

/** Points at an action: a question's (`actions`) or one item's (`itemActions`). */
export type ActionRef =
  | {
      readonly kind: 'question';
      readonly questionId: string;
      /** One measure's action, for a list of measures. */
      readonly measure?: string;
    }
  | {
      readonly kind: 'item';
      readonly group: string;
      readonly itemId: string;
      readonly determination: string;
      readonly outcome: string;
    };

export interface ActionPlan {
  /** 3 to 5 actions to begin with (fewer only when there are fewer actions). */
  readonly firstSteps: readonly ActionRef[];
  /** Every action exactly once, most pressing first; `now` begins with the first steps. */
  readonly phases: Readonly<Record<Phase, readonly ActionRef[]>>;
}

/** The items of a repeatable group (processing activities, say), each with the outcomes reached for it. */
export interface ItemVerdicts {
  readonly group: string;
  /** Ids of the determinations reached per item, in questionnaire order. */
  readonly determinations: readonly string[];
  /** Those the overview of the items shows as columns (the group's `summary`). */
  readonly summary: readonly string[];
  readonly items: readonly {
    readonly itemId: string;
    /** What the person called it; null when unnamed (number it). */
    readonly name: string | null;
    /** Outcomes by determination id. */
    readonly outcomes: Readonly<Record<string, readonly DeterminationOutcome[]>>;
  }[];
}

/** An element a processing agreement must contain: a DPA checklist item id and its articles. */
export interface DpaElement {
  readonly id: string;
  readonly articles: readonly string[];
}

/** One vendor's agreement as checked against the required elements. */
export interface VendorAgreement {
  /** The review's id, as kept with the assessment. */
  readonly id: string;
  /** The vendor's name as given, trimmed; null when it is blank. */
  readonly vendor: string | null;
  /** Element ids found in the agreement, in checklist order. */
  readonly covered: readonly string[];
  /** Element ids not found yet, in checklist order. */
  readonly missing: readonly string[];
  /** Every required element was found. */
  readonly complete: boolean;
}

export interface ProcessorAgreements {
  /** The answers say the organisation has processors, so each needs an agreement. */
  readonly usesProcessors: boolean;
  /** The required elements, in checklist order; informational checklist items are left out. */
  readonly elements: readonly DpaElement[];
  /** In the order the person added them. */
  readonly vendors: readonly VendorAgreement[];
}

/** What a person adds to an action in the plan; kept with the assessment, keyed by question id. */
export type { ActionPlanEntry } from '../engine/session/session.schema';

/**
 * A national law that applies, from a questionnaire's national module: the act, where to read it,
 * when the module was last checked, and why it applies (the reasons of the module's
 * determination that hold, such as an establishment in the country).
 */
export interface AppliedNationalLaw {
  readonly id: string;
  readonly country: string;
  readonly act: string;
  readonly title: string;
  readonly citation: string;
  readonly sources: readonly { readonly title: string; readonly url: string }[];
  readonly lastChecked: string;
  readonly determination: string;
  readonly reasons: readonly string[];
}
