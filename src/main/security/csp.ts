/**
 * The Content Security Policy of the app's page: only the app's own files, no inline script,
 * no eval, no remote origin of any kind. Injected into index.html at build time (meta tag)
 * and also sent as a header by the shell, so neither can drift from the other.
 */
export const productionCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');

/** Vite's dev server injects styles inline and talks over a websocket; dev only. */
export const developmentCsp = productionCsp
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws://localhost:*");
