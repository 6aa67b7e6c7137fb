// The page's Content-Security-Policy: in index.html as a <meta> (GitHub Pages sends no headers) and
// sent as a header by scripts/serve.mjs. Scripts, workers, fonts and fetches only from the page's own
// origin; no inline script, no eval. Styles need 'unsafe-inline': Monaco writes <style> elements
// and style attributes at run time (themes, decorations, layout).
export const contentSecurityPolicy = [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
].join('; ');
