/**
 * The English table utils/i18n.ts falls back on, as the bundles carry it: each message with its named placeholders
 * resolved to their $1…$9, and nothing else. The translators' descriptions and examples are most of
 * public/_locales/en/messages.json and no code reads them; the browser reads the file itself, which stays whole.
 * wxt.config.ts applies this to every import of a messages.json (a build step only: tests read the whole file).
 * No imports, so the build config can load it.
 */
export interface MessageEntryInput {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** `{ key: { message, description, placeholders } }` → `{ key: { message } }`, the same text for every substitution. */
export function compactMessages(table: Record<string, MessageEntryInput>): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  // formatMessage's first step (utils/i18n.ts); its second, $1…$9, happens at run time.
  for (const [key, entry] of Object.entries(table)) out[key] = { message: expandNamedPlaceholders(entry) };
  return out;
}

/** A message with its named placeholders ($count$, case-insensitive) replaced by their content ("$1"). */
export function expandNamedPlaceholders(entry: MessageEntryInput): string {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => named.get(name.toLowerCase()) ?? m);
}
