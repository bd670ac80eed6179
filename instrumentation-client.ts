import { config } from "zod/v4/core";

// Runs before any of the app's code in the browser. zod 4 probes `new Function` the first time it
// builds an object schema, to compile a faster parser; under MockLoop's CSP (no 'unsafe-eval',
// decision 0018) the probe fails quietly but is still reported as a violation. Browser-side
// parsing is a form's worth of fields, so the interpreted parser is plenty; the server keeps the JIT.
config({ jitless: true });

// Excalidraw (the live room's board) loads its fonts from public/excalidraw/, and then appends its CDN to
// every font's sources as a fallback. The CSP allows fonts from 'self' only, and Chromium reports each
// CDN source as a violation as soon as the font is declared, used or not: so the fallback is dropped here,
// before any of the app's code runs (decision 0022).
(window as Window & { EXCALIDRAW_ASSET_PATH?: string }).EXCALIDRAW_ASSET_PATH = "/excalidraw/";
const EXCALIDRAW_CDN = "https://esm.sh/";
const NativeFontFace = window.FontFace;
window.FontFace = class extends NativeFontFace {
  constructor(family: string, source: string | BufferSource, descriptors?: FontFaceDescriptors) {
    const own =
      typeof source === "string"
        ? source
            .split(/,\s*(?=url\()/)
            .filter((part) => !part.includes(EXCALIDRAW_CDN))
            .join(", ")
        : source;
    super(family, own === "" ? source : own, descriptors);
  }
};
