/** One problem in a questionnaire bundle, precise enough for an author to fix it. */
export interface QuestionnaireIssue {
  /** The file, as the caller named it (a path relative to the repository). */
  readonly file: string;
  /** JSON path inside the file, e.g. `$.sections[1].questions[0].showIf.question`. */
  readonly path: string;
  readonly code: QuestionnaireIssueCode;
  readonly message: string;
}

/**
 * Every issue code with the one problem it stands for. A code never covers a
 * second kind of problem, so a test, a fixture name (`bad-<code>`) or a tool
 * can rely on the code without reading the message.
 */
export const QUESTIONNAIRE_ISSUE_CODES = {
  'load-failed': 'the file could not be fetched',
  'unknown-questionnaire': 'no questionnaire with this id is shipped',
  'invalid-json': 'the file is not JSON',
  shape: 'the questionnaire does not match its schema',
  'duplicate-id':
    'an id (section, question, option, exit, reason, determination, outcome, gap) is used twice in its scope',
  'fallback-not-last': 'an outcome without "when" is not the last of its determination',
  'bad-range':
    "a number question's min and max, or a repeatable group's minItems and maxItems, leave no possible answer",
  'unscorable-question':
    'a question that is neither single-choice nor a list of measures, or is asked of each item of a repeatable group, has scoring',
  'unscored-measures': 'a multiple-choice question lists measures but is not scored',
  'missing-measure':
    'an option of a list of measures that can be ticked with others is not a measure',
  'bad-template':
    "a repeatable group's template answers a question the group does not have, or in a way the question refuses",
  'unknown-section': 'a critical gap names a section that does not exist',
  'unscored-action': 'the action of a critical gap is not a scored question',
  'unknown-critical-gap': "a per-item outcome's gap names a critical gap that does not exist",
  'unknown-question': 'a condition tests a question that does not exist',
  'forward-reference':
    'a condition of a question or section depends on a question that does not come earlier',
  'unknown-option':
    'an option id the question does not have (in a condition, exclusive, scoring gaps or measures), or gaps on a list of measures',
  'item-question':
    'a condition outside a repeatable group tests one of its questions directly, not through anyItem or everyItem',
  'outside-item':
    "a condition inside a repeatable group's items tests something other than that item's own questions",
  'bad-record-field': "a repeatable group's record field names no question of the group",
  'bad-change':
    "a question change names a question that does not exist, a version after the questionnaire's, or keeps an answer the question refuses",
  'bad-national-module':
    "a national module names a flag, determination or section that does not exist, its determination's `applies` outcome or a section of it does not test its flag, or a scored question of it cites no provision of its act",
  'not-a-group': "a determination's forEach names no repeatable group",
  'gap-outside-item': 'an outcome of a determination without forEach declares a gap',
  'bad-summary': "a repeatable group's summary names no determination reached for its items",
  'operator-mismatch': "a condition's operator does not fit the type of the question it tests",
  'min-selected-too-high': 'minSelected asks for more options than the question has',
  'misplaced-gap': 'a gap condition outside a determination or critical gap',
  'unknown-flag': 'a condition uses a flag that is not defined',
  'flag-order': 'a flag uses itself or a flag declared after it',
  'unreachable-question': 'no answers can show the question',
  'unreachable-section': 'no answers can show the section',
  'unknown-article': 'a legal reference names a provision that does not exist',
  'missing-locale': 'a language in "languages" has no locale file',
  'undeclared-locale': 'a locale file is for a language not in "languages"',
  'locale-not-object': 'a locale file is not a JSON object',
  'missing-key': 'a text the structure needs is missing',
  'orphan-key': 'a text belongs to nothing in the structure',
  'empty-text': 'a text the structure needs is blank',
  'not-text': 'a locale value is neither a text nor an object of texts',
} as const satisfies Record<string, string>;

export type QuestionnaireIssueCode = keyof typeof QUESTIONNAIRE_ISSUE_CODES;

/** Collects the issues of one file, so each check names only path, code and message. */
export function issueCollector(file: string): {
  readonly issues: QuestionnaireIssue[];
  readonly add: (path: string, code: QuestionnaireIssueCode, message: string) => void;
} {
  const issues: QuestionnaireIssue[] = [];
  return { issues, add: (path, code, message) => issues.push({ file, path, code, message }) };
}
