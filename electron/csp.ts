/**
 * The Content-Security-Policy of every renderer page, in the desktop window and in browser mode:
 * only our own scripts, no inline script, no remote origins, no plugins, no framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // Fluent UI (Griffel) and ECharts write their styles at run time; styles cannot run code,
  // so inline styles are allowed while scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
