import { config } from "zod/v4/core";

// Runs before any of the app's code in the browser. zod 4 probes `new Function` the first time it
// builds an object schema, to compile a faster parser; under MockLoop's CSP (no 'unsafe-eval',
// decision 0018) the probe fails quietly but is still reported as a violation. Browser-side
// parsing is a form's worth of fields, so the interpreted parser is plenty; the server keeps the JIT.
config({ jitless: true });
