/**
 * The presenter view's keyboard shortcuts as a pure mapping from a key press to
 * a command, so the rules (and when they must stay quiet) are tested without a
 * browser. Single-key shortcuts are only live in the presenter view and can be
 * turned off there (WCAG 2.1.4).
 */

import { optionIndexForKey } from './option-keys';

/** What kind of element had focus when the key was pressed. */
export type KeyTarget =
  /** Typing goes into it: text inputs, number and date fields, text areas, selects. */
  | 'textField'
  /** Enter and space activate it natively: buttons, links, summaries. */
  | 'button'
  | 'radio'
  | 'checkbox'
  /** Anything else: a heading, the page itself. */
  | 'other';

/** A key press as the presenter view sees it, stripped of the DOM. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: KeyTarget;
  /** Whether the shortcut help is open. */
  readonly helpOpen: boolean;
}

/** What a shortcut asks the presenter view to do. */
export type WorkshopCommand =
  /** Choose (single choice) or toggle (multi-choice) the option at a 0-based index. */
  | { readonly type: 'option.pick'; readonly index: number }
  /** Toggle the focused checkbox. */
  | { readonly type: 'option.toggle' }
  /** Move focus to the next (1) or previous (-1) option. */
  | { readonly type: 'option.focus'; readonly direction: 1 | -1 }
  | { readonly type: 'question.next' }
  | { readonly type: 'question.previous' }
  | { readonly type: 'note.focus' }
  | { readonly type: 'park.toggle' }
  | { readonly type: 'help.open' }
  | { readonly type: 'help.close' }
  /** Stop typing: move focus from a text field back to the question. */
  | { readonly type: 'field.leave' };

/** The presenter's shortcuts, for the help list; `keys` are shown as typed. */
export const SHORTCUTS: readonly { readonly id: string; readonly keys: readonly string[] }[] = [
  { id: 'pick', keys: ['1', '…', '9'] },
  { id: 'pickMore', keys: ['A', 'B', '…'] },
  { id: 'toggle', keys: ['Space', 'X'] },
  { id: 'optionFocus', keys: ['↑', '↓'] },
  { id: 'next', keys: ['Enter', '→'] },
  { id: 'previous', keys: ['←'] },
  { id: 'note', keys: ['N'] },
  { id: 'park', keys: ['P'] },
  { id: 'help', keys: ['?'] },
  { id: 'close', keys: ['Esc'] },
];

/**
 * The command a key press asks for, or null to leave the key to the browser.
 *
 * Nothing fires while typing in a field (but Escape leaves it) or with a
 * modifier held (browser and screen reader commands stay theirs). Enter and space keep their own meaning
 * on buttons and links. On a radio button the arrow keys are taken over: ↑/↓
 * still move through the options as the browser does, but ←/→ move between
 * questions instead of changing the answer.
 */
export function commandFor(press: KeyPress): WorkshopCommand | null {
  const { key, target } = press;
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.helpOpen) return key === 'Escape' || key === '?' ? { type: 'help.close' } : null;
  if (target === 'textField') return key === 'Escape' ? { type: 'field.leave' } : null;
  const option = optionIndexForKey(key);
  if (option !== null) return { type: 'option.pick', index: option };
  switch (key) {
    case 'ArrowRight':
      return { type: 'question.next' };
    case 'ArrowLeft':
      return { type: 'question.previous' };
    case 'Enter':
      return target === 'button' ? null : { type: 'question.next' };
    case ' ':
      // The browser toggles a focused checkbox on space by itself.
      return null;
    case 'x':
    case 'X':
      return target === 'checkbox' ? { type: 'option.toggle' } : null;
    case 'ArrowDown':
    case 'ArrowUp':
      // Radio buttons move through their group natively; checkboxes have no such thing.
      return target === 'checkbox' || target === 'other'
        ? { type: 'option.focus', direction: key === 'ArrowDown' ? 1 : -1 }
        : null;
    case 'n':
    case 'N':
      return { type: 'note.focus' };
    case 'p':
    case 'P':
      return { type: 'park.toggle' };
    case '?':
      return { type: 'help.open' };
    default:
      return null;
  }
}
