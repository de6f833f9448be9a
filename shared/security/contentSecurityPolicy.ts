/**
 * The renderer's Content-Security-Policy, the same under Electron's app:// protocol and the
 * browser bridge: only our own scripts, styles and connections; no eval, no plugins, no framing.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
