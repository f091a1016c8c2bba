import type { OwnerRole } from '../engine/questionnaire/questionnaire.schema';

/**
 * Who to suggest as an action's owner. A questionnaire names departments (Legal, Procurement),
 * which a small organisation does not have: there the same work falls to the owner or manager,
 * or to whoever already runs the IT, the marketing or the website.
 */
export type SmallFirmRole = 'owner-manager' | 'it-person' | 'marketing-person' | 'website-person';

/** An i18n key in the report namespace. */
export type OwnerSuggestion = `ownerRole.${OwnerRole}` | `smallFirmRole.${SmallFirmRole}`;

/**
 * Below 50 staff: the EU's small enterprise (Commission Recommendation 2003/361/EC, Art. 2(2)),
 * the same line the fine examples use. Below it a legal, procurement or product department is
 * rare; the owner signs the contracts and decides, and one person runs the IT.
 */
export const SMALL_ORGANISATION_BELOW = 50;

/** Department → the person who does that work in a small organisation. */
export const SMALL_FIRM_ROLES: Readonly<Record<OwnerRole, SmallFirmRole>> = {
  management: 'owner-manager',
  legal: 'owner-manager',
  procurement: 'owner-manager',
  'it-security': 'it-person',
  // Staff data raises the employer's own questions (sick leave is health data): the owner decides,
  // not the bookkeeper, who is often an outside accountant, a processor.
  hr: 'owner-manager',
  marketing: 'marketing-person',
  product: 'website-person',
};

/** Whether the staff answer makes this a small organisation; unknown counts as not small. */
export function isSmallOrganisation(employees: number | null): boolean {
  return employees !== null && employees < SMALL_ORGANISATION_BELOW;
}

/**
 * @example
 * suggestedOwner('procurement', 5) // 'smallFirmRole.owner-manager'
 * suggestedOwner('procurement', 400) // 'ownerRole.procurement'
 */
export function suggestedOwner(
  role: OwnerRole | null,
  employees: number | null,
): OwnerSuggestion | null {
  if (role === null) return null;
  return isSmallOrganisation(employees)
    ? `smallFirmRole.${SMALL_FIRM_ROLES[role]}`
    : `ownerRole.${role}`;
}
