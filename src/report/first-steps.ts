import type { Effort, FineTier, Priority } from '../engine/questionnaire/questionnaire.schema';

/**
 * Where an organisation should begin: the "start here" rule. It turns the list of actions
 * (a question's gap, or a gap in one item such as a processing activity) into 3 to 5 first
 * steps and three phases, so the results page, the PDF and the JSON report all say the same.
 *
 * 1. **Critical gaps first.** An action that closes a mandatory duty left unmet comes before
 *    any other, whatever its effort.
 * 2. **Then risk against effort.** `risk` adds up points (see {@link RISK_POINTS}): priority
 *    (high 3, medium 2, low 1), fine tier (Art. 83(5) 2, Art. 83(4) 1, none 0), one more when
 *    nothing is in place yet (the answer earned no credit: "no" or "don't know", or a gap in an
 *    item), and one more when the action's section is rated red. `effort` costs points: a quick
 *    win none, days of work one, a project two. Rank = risk − cost, higher first; equal ranks go
 *    by priority, then risk, then the order of the report (critical, priority, tier, article).
 * 3. **First steps**: the critical actions in that order, at most {@link FIRST_STEPS}.max; then,
 *    while there is room, other actions whose rank is at least {@link FIRST_STEPS}.minRank, and
 *    at least {@link FIRST_STEPS}.min steps in all when there are that many actions.
 * 4. **Phases**, every action in exactly one, in rank order:
 *    - `now`: the first steps, every other critical action, every high-priority quick win
 *      (important and cheap: no reason to wait), and, where nothing is in place, every action
 *      whose processing is unlawful today: a high-priority one in the upper fine tier (marketing
 *      e-mail without consent) and any the questionnaire marks `unlawfulToday` whatever its tier
 *      (Art. 8(1) a child's consent without the parents', Art. 26(1) joint controllers without an
 *      arrangement, Art. 29 a processor acting beyond instructions, Art. 36(1) no prior
 *      consultation): stop it or fix it;
 *    - `within-3-months`: the other high-priority actions, those in the upper fine tier, and the
 *      medium-priority quick wins a fine tier backs (a breach register: a legal duty done in an
 *      hour);
 *    - `later`: the rest: low priority, or medium priority with more work or no fine tier.
 *    The phases are an order of work, not legal deadlines: a duty in `later` still applies.
 */

/** What the rule needs to know of an action; `buildReport` fills it in. */
export interface PlanCandidate<Ref> {
  readonly ref: Ref;
  readonly critical: boolean;
  readonly priority: Priority;
  readonly fineTier: FineTier;
  readonly effort: Effort;
  /** Nothing is in place yet: the answer earned no credit, or an item has the gap outright. */
  readonly nothingInPlace: boolean;
  /** The section the action belongs to is rated red. */
  readonly sectionRed: boolean;
  /** With nothing in place the processing is unlawful today (`scoring.unlawfulToday`); default false. */
  readonly unlawfulToday?: boolean;
}

export type Phase = 'now' | 'within-3-months' | 'later';
export const PHASES: readonly Phase[] = ['now', 'within-3-months', 'later'];

export interface Plan<Ref> {
  /** 3 to 5 actions to begin with (fewer only when there are fewer actions). */
  readonly firstSteps: readonly Ref[];
  /** Every action exactly once; `now` starts with the first steps. */
  readonly phases: Readonly<Record<Phase, readonly Ref[]>>;
}

/** The points behind an action's risk and the cost of its effort. */
export const RISK_POINTS = {
  priority: { high: 3, medium: 2, low: 1 } satisfies Record<Priority, number>,
  fineTier: { 'art83-5': 2, 'art83-4': 1, none: 0 } satisfies Record<FineTier, number>,
  nothingInPlace: 1,
  sectionRed: 1,
} as const;

export const EFFORT_COST: Readonly<Record<Effort, number>> = {
  'quick-win': 0,
  days: 1,
  project: 2,
};

/**
 * How many first steps. `minRank` 5 lets in, after the critical ones, a high-priority action in
 * the upper tier that is a quick win, or one where nothing is in place in a red section, or the
 * like; a medium one only when it is cheap and nothing is in place.
 */
export const FIRST_STEPS = { min: 3, max: 5, minRank: 5 } as const;

/** Risk points of an action (1 to 7). */
export function risk(c: PlanCandidate<unknown>): number {
  return (
    RISK_POINTS.priority[c.priority] +
    RISK_POINTS.fineTier[c.fineTier] +
    (c.nothingInPlace ? RISK_POINTS.nothingInPlace : 0) +
    (c.sectionRed ? RISK_POINTS.sectionRed : 0)
  );
}

/** Risk less the cost of the effort: what doing this one next is worth. */
export function rank(c: PlanCandidate<unknown>): number {
  return risk(c) - EFFORT_COST[c.effort];
}

/**
 * The first steps and phases for a list of candidates given in the report's order.
 *
 * @example
 * planActions(candidates).firstSteps // [{ kind: 'question', questionId: 'breach-procedure' }, ...]
 */
export function planActions<Ref>(candidates: readonly PlanCandidate<Ref>[]): Plan<Ref> {
  const ordered = candidates
    .map((c, order) => ({ c, order, rank: rank(c), risk: risk(c) }))
    .sort(
      (a, b) =>
        Number(b.c.critical) - Number(a.c.critical) ||
        b.rank - a.rank ||
        RISK_POINTS.priority[b.c.priority] - RISK_POINTS.priority[a.c.priority] ||
        b.risk - a.risk ||
        a.order - b.order,
    )
    .map((x) => x.c);

  const first: PlanCandidate<Ref>[] = [];
  for (const c of ordered) {
    if (first.length >= FIRST_STEPS.max) break;
    if (c.critical || first.length < FIRST_STEPS.min || rank(c) >= FIRST_STEPS.minRank)
      first.push(c);
  }
  const chosen = new Set(first);
  const high = (c: PlanCandidate<Ref>) => c.priority === 'high';
  const phaseOf = (c: PlanCandidate<Ref>): Phase =>
    chosen.has(c) ||
    c.critical ||
    (high(c) && c.effort === 'quick-win') ||
    (c.nothingInPlace && ((high(c) && c.fineTier === 'art83-5') || c.unlawfulToday === true))
      ? 'now'
      : high(c) ||
          c.fineTier === 'art83-5' ||
          (c.priority === 'medium' && c.effort === 'quick-win' && c.fineTier !== 'none')
        ? 'within-3-months'
        : 'later';
  const phases: Record<Phase, Ref[]> = {
    now: first.map((c) => c.ref),
    'within-3-months': [],
    later: [],
  };
  for (const c of ordered) if (!chosen.has(c)) phases[phaseOf(c)].push(c.ref);
  return { firstSteps: first.map((c) => c.ref), phases };
}
