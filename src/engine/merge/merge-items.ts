import { itemKey } from './answer-key';
import { itemName, namingQuestion } from '../questionnaire/item-name';
import type { RepeatableQuestion, RepeatedItem } from '../questionnaire/questionnaire.schema';

/** One participant's list of items (their processing activities, say). */
export interface GivenItems {
  readonly participant: string;
  readonly items: readonly RepeatedItem[];
}

/**
 * The participants' lists made one, so that no one's item is lost: a list is not a choice
 * between answers but everything the room knows about.
 *
 * - The same item (same answers, whatever its id) counts once.
 * - Items that differ but go by the same name, whether one person edited a shared item or two
 *   people each added "Newsletter", are all kept, each name followed by the participant's
 *   ("Newsletter (Anna)"), for the facilitator to compare and tidy up.
 * - Order: each participant's list in turn, every item in its first place.
 *
 * The result may hold more items than the group allows; the wizard then asks for fewer rather
 * than dropping any here.
 */
export function mergeItemLists(
  group: RepeatableQuestion,
  given: readonly GivenItems[],
): RepeatedItem[] {
  const kept: { item: RepeatedItem; participant: string }[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  for (const { participant, items } of given)
    for (const item of items) {
      const key = itemKey(item);
      if (seen.has(key)) continue;
      seen.add(key);
      // Two different items may share an id when both people edited one they were given.
      const id = ids.has(item.id) ? uniqueId(item.id, ids) : item.id;
      ids.add(id);
      kept.push({ item: { id, answers: item.answers }, participant });
    }

  const naming = namingQuestion(group);
  const nameOf = (item: RepeatedItem) => itemName(group, item)?.toLocaleLowerCase() ?? null;
  const counts = new Map<string, number>();
  for (const { item } of kept) {
    const name = nameOf(item);
    if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return kept.map(({ item, participant }) => {
    const name = itemName(group, item);
    if (!naming || name === null || (counts.get(name.toLocaleLowerCase()) ?? 0) < 2) return item;
    return { id: item.id, answers: { ...item.answers, [naming.id]: `${name} (${participant})` } };
  });
}

function uniqueId(id: string, taken: ReadonlySet<string>): string {
  // Ids are at most 40 characters (`SavedItemSchema`).
  for (let n = 2; ; n++) {
    const next = `${id.slice(0, 36)}-${n}`;
    if (!taken.has(next)) return next;
  }
}
