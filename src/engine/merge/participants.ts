import type { Participant } from './merge-sessions';

/**
 * The participants with more added. Participants are told apart by name (it is how the
 * facilitator sees who said what, and how one is removed), so a name already taken gets the
 * first free number: "Anna", "Anna (2)", "Anna (3)", also when added in another batch.
 */
export function addParticipants(
  current: readonly Participant[],
  added: readonly Participant[],
): Participant[] {
  const taken = new Set(current.map((p) => p.name));
  const result = [...current];
  for (const participant of added) {
    let name = participant.name;
    for (let n = 2; taken.has(name); n++) name = `${participant.name} (${n})`;
    taken.add(name);
    result.push(name === participant.name ? participant : { ...participant, name });
  }
  return result;
}

/** The participants without the one of that name. */
export function removeParticipant(current: readonly Participant[], name: string): Participant[] {
  return current.filter((p) => p.name !== name);
}
