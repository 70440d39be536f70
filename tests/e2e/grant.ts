/**
 * Granting ClauseLens access to all sites in a Chromium test profile, the way Chromium records a user's "Allow".
 *
 * Access to all sites is an optional permission (utils/host-access.ts): nothing grants it at install, and Chromium's
 * permission prompt is a browser dialog no test driver can click (no command-line switch or DevTools command accepts it;
 * chrome://extensions' developerPrivate API only manages required host permissions). What a click on "Allow" leaves is
 * the origin in the profile's Preferences, under the extension's `granted_permissions`,
 * `runtime_granted_permissions` and `active_permissions`. Chromium reads them at start: so a test launches once (the extension installs),
 * closes the browser, writes the grant, and launches again on the same profile. The background's startup check
 * (permissions.contains → registerContentScripts) then does the rest, as after a browser restart.
 *
 * Firefox needs none of this: its pref `extensions.webextOptionalPermissionPrompts` = false lets permissions.request()
 * grant without the prompt (tests/e2e/firefox-harness.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + Number.parseInt(h, 16))).join('');
}

/** Writes the grant of `<all_urls>` for `extensionId` into a closed profile that has already installed it. */
export function grantAllSitesInProfile(profile: string, extensionId: string): void {
  const path = join(profile, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(path, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, unknown>> };
  };
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`The profile has no settings for ${extensionId}: launch once to install it first.`);
  const withHost = (set: unknown) => {
    const s = (set ?? {}) as Record<string, string[]>;
    return {
      api: s.api ?? [],
      manifest_permissions: s.manifest_permissions ?? [],
      scriptable_host: s.scriptable_host ?? [],
      explicit_host: [...new Set([...(s.explicit_host ?? []), '<all_urls>'])],
    };
  };
  // All three, as a granted optional permission leaves them: Chromium restores the active set at start from
  // `active_permissions` (granted alone is not enough: measured).
  settings.granted_permissions = withHost(settings.granted_permissions);
  settings.runtime_granted_permissions = withHost(settings.runtime_granted_permissions);
  settings.active_permissions = withHost(settings.active_permissions);
  writeFileSync(path, JSON.stringify(prefs));
}
