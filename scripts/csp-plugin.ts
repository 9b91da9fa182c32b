// Puts a strict Content-Security-Policy into the built index.html, as a <meta http-equiv>, so
// the policy travels with dist/ to whatever static host serves it (many cannot set headers).
// Build only: the dev server injects inline <style> elements for hot reload, which the policy
// forbids. e2e/csp.spec.ts checks that the built app runs under it without a violation.
import type { Plugin } from 'vite';

/**
 * Everything from our own origin, nothing inline, no eval, no third party. The icon is a
 * `data:` URL (no request at all). React sets style through the CSSOM (element.style), which
 * style-src does not govern, so no 'unsafe-inline' is needed. frame-ancestors is left out on
 * purpose: it is ignored in a <meta> (and the map is made to be embedded anywhere).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: is the page's own object URLs: Export PNG draws the serialized map through one.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
