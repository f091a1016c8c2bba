import faqData from './faq.json';
import glossaryData from './glossary.json';
import type { Faq, Glossary } from './knowledge.schema';

// The shipped FAQ and glossary as the app uses them. tests/knowledge.test.ts checks each file
// against its schema, so the app does not check its own files again on every load.
export const faq: Faq = faqData;
export const glossary: Glossary = glossaryData;
