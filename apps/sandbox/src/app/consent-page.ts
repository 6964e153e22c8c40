import type { SandboxAccount } from './accounts';
import { escapeHtml } from './http-io';

export interface ConsentPageInput {
  appName: string;
  providerName: string;
  clientId: string;
  redirectUri: string;
  accounts: SandboxAccount[];
  scopes: Array<{ scope: string; description: string; locked: boolean }>;
  partialGrant: boolean;
}

/**
 * The consent screen. It POSTs back to its own URL (query string kept), so the handler sees the
 * original authorize parameters plus the user's choices.
 */
export function renderConsentPage(input: ConsentPageInput): string {
  const accounts = input.accounts
    .map(
      (
        a,
        i,
      ) => `<label class="account"><input type="radio" name="sandbox_account" value="${a.index}"${i === 0 ? ' checked' : ''} data-testid="account-${a.index}">
  <span class="who"><strong>${escapeHtml(a.name)}</strong><br><small>${escapeHtml(a.email)}</small></span></label>`,
    )
    .join('\n');
  const scopes = input.scopes.length
    ? input.scopes
        .map((s) => {
          const box = input.partialGrant
            ? `<input type="checkbox" name="sandbox_scope" value="${escapeHtml(s.scope)}" checked${s.locked ? ' disabled' : ''} data-scope="${escapeHtml(s.scope)}">`
            : '';
          return `<li><label>${box} <span class="desc">${escapeHtml(s.description)}</span> <code>${escapeHtml(s.scope)}</code></label></li>`;
        })
        .join('\n')
    : '<li><em>No specific permissions requested.</em></li>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in – ${escapeHtml(input.providerName)} (sandbox)</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:2rem;color:#1d2330}
main{max-width:34rem;margin:auto;background:#fff;border-radius:8px;padding:1.5rem 2rem;box-shadow:0 1px 4px #0002}
h1{font-size:1.3rem}.account{display:flex;gap:.6rem;align-items:center;padding:.5rem;border:1px solid #ddd;border-radius:6px;margin:.4rem 0}
ul{padding-left:1rem}li{margin:.4rem 0;list-style:none}code{color:#667;font-size:.8em}.actions{display:flex;gap:1rem;margin-top:1.2rem}
button{padding:.5rem 1.2rem;border-radius:4px;border:1px solid #888;cursor:pointer}button.primary{background:#2456d6;color:#fff;border-color:#2456d6}
.banner{background:#fff4ce;padding:.4rem .8rem;border-radius:4px;font-size:.85rem}
</style></head>
<body><main>
<p class="banner">Patchbay provider sandbox — no real ${escapeHtml(input.providerName)} account is used.</p>
<h1><span data-testid="app-name">${escapeHtml(input.appName)}</span> wants to access your ${escapeHtml(input.providerName)} account</h1>
<form method="post" data-testid="consent-form">
<input type="hidden" name="sandbox_form" value="1">
<h2>Choose an account</h2>
${accounts}
<h2>Requested permissions</h2>
<ul data-testid="scopes">
${scopes}
</ul>
<p><small>You will be sent back to <code>${escapeHtml(input.redirectUri)}</code>.</small></p>
<div class="actions">
<button class="primary" type="submit" name="sandbox_action" value="approve" data-testid="approve">Approve</button>
<button type="submit" name="sandbox_action" value="deny" data-testid="cancel">Cancel</button>
</div>
</form>
</main></body></html>`;
}

export function renderErrorPage(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p data-testid="error">${escapeHtml(message)}</p></main></body></html>`;
}
