import { configure } from '@testing-library/react';

// findBy* and waitFor give up after one second by default; a jsdom render of a lazy screen has
// taken longer than that on a loaded two-core machine. A wider wait costs nothing when it passes.
configure({ asyncUtilTimeout: 10_000 });
