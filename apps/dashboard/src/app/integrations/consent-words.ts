/** A piece of a setup note: plain words, or something to type or pick exactly (shown as code). */
export interface NotePart {
  text: string;
  code: boolean;
}

/**
 * Splits a setup note from a provider.yaml into words and `code spans` (Markdown's backticks), so the page shows
 * `/invite @YourApp` as code instead of raw backticks. An unpaired backtick stays as written.
 */
export function noteParts(note: string): NotePart[] {
  const parts: NotePart[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (let m = pattern.exec(note); m; m = pattern.exec(note)) {
    if (m.index > last) parts.push({ text: note.slice(last, m.index), code: false });
    parts.push({ text: m[1], code: true });
    last = m.index + m[0].length;
  }
  if (last < note.length) parts.push({ text: note.slice(last), code: false });
  return parts;
}

/** `switch` (another account) asks like a first connection. */
export type ConsentKind = 'connect' | 'add_scopes' | 'reconnect' | 'switch';

function permissionCount(count: number): string {
  return count === 1 ? '1 permission' : `${count} permissions`;
}

/**
 * What a consent card says, for an admin: what the tool will ask to allow and what the button does. The permissions
 * themselves are listed next to these words.
 */
export function consentWords(kind: ConsentKind, name: string, count: number): { intro: string; button: string; waiting: string } {
  const waiting = `Waiting for ${name}…`;
  switch (kind) {
    case 'add_scopes':
      return {
        intro: `${name} is connected, but what you asked needs more. ${name} will ask you to approve these additional permissions:`,
        button: `Approve ${count} more ${count === 1 ? 'permission' : 'permissions'} in ${name}`,
        waiting,
      };
    case 'reconnect':
      return {
        intro: `${name} needs to be reconnected before this app can do what you asked. ${name} will ask you again to allow:`,
        button: `Reconnect ${name}`,
        waiting,
      };
    default:
      return count
        ? {
            intro: `Connect your ${name} account so this app can do what you asked. ${name} will ask you to allow:`,
            button: `Connect to ${name} and allow ${permissionCount(count)}`,
            waiting,
          }
        : {
            intro: `Connect your ${name} account. ${name} will only ask for your basic sign-in information.`,
            button: `Connect to ${name} (sign-in only)`,
            waiting,
          };
  }
}
