import * as z from 'zod/mini';

// The saved session and library are read on every page load, before the first screen: they use
// zod's tree-shakable API (the same library and checks, about a third of the code on the wire).
// Files from outside (imports, questionnaires, configs) keep full zod, which loads with them.
// The setting is shared with full zod; it is repeated here because this may load first.
z.config({ jitless: true });

export { z };
