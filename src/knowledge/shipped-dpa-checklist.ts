import dpaData from './dpa-checklist.json';
import type { DpaChecklist } from './knowledge.schema';

// The shipped DPA checklist, apart from the FAQ and glossary: the report needs it on the first
// screen, they do not. tests/knowledge.test.ts checks it against its schema; JSON types widen
// `informational: true` to boolean, which the test holds to the schema's literal.
export const dpaChecklist = dpaData as DpaChecklist;
