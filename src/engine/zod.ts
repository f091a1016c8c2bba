import { z } from 'zod';

// zod would otherwise probe `new Function` to speed up parsing; the app's CSP forbids eval, and the
// browser reports even a caught attempt as a policy violation. Every schema imports z from here, so
// the setting is in place before any schema exists.
z.config({ jitless: true });

export { z };
