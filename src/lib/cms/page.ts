/**
 * `/admin/index.html`: a plain page written by the build, not an Astro page, so the site's
 * Content-Security-Policy (hashes of the site's own scripts) does not apply to it. It has its own:
 * Decap compiles its configuration's schema with `new Function` ('unsafe-eval'), injects its styles
 * at run time ('unsafe-inline' for styles only), encodes photos with WebAssembly, and shows files as
 * `blob:` URLs; it talks to this origin (the local proxy) and to GitHub's API, nothing else.
 */

/** Where the admin page talks to and loads from, besides its own origin. */
export const GITHUB_ORIGINS = {
  api: 'https://api.github.com',
  raw: 'https://raw.githubusercontent.com',
  avatars: 'https://avatars.githubusercontent.com',
} as const;

/** The admin page's policy; `authUrl` is an OAuth proxy's address, when GitHub sign-in goes through one. */
export function adminCsp(authUrl?: string): string {
  const auth = authUrl ? ` ${new URL(authUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data: ${GITHUB_ORIGINS.avatars} ${GITHUB_ORIGINS.raw}`,
    `connect-src 'self' blob: ${GITHUB_ORIGINS.api} ${GITHUB_ORIGINS.raw}${auth}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

export interface AdminPage {
  title: string;
  noscript: string;
  csp: string;
  /** The Decap bundle's file name, with a version for caches. */
  decap: string;
  /** The admin script's file name. */
  script: string;
  style: string;
}

/** The page: `noindex`, the policy first, the admin script before Decap's (it stops Decap starting alone). */
export function adminPage(page: AdminPage): string {
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${escape(page.csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="same-origin">
    <title>${escape(page.title)}</title>
    <link rel="stylesheet" href="${page.style}">
    <script src="${page.script}" defer></script>
    <script src="${page.decap}" defer></script>
  </head>
  <body>
    <noscript>${escape(page.noscript)}</noscript>
  </body>
</html>
`;
}
