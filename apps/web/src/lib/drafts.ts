// What a member wrote and has not sent, per place (a thread's reply, a room, the new-thread
// form, an edit), kept in this browser's localStorage so that a reload or another tab finds it.
// Keys name the member, so that nobody signing in after them sees it; signing out forgets all.

const PREFIX = 'praxis.draft.';

export function draftKey(memberId: string, target: string): string {
  return `${PREFIX}${memberId}.${target}`;
}

export function readDraft(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps the text, or forgets it when it is empty. */
export function writeDraft(key: string, text: string) {
  try {
    if (text.trim()) localStorage.setItem(key, text);
    else localStorage.removeItem(key);
  } catch {
    // Storage full or refused (a private window): the draft lives only in the page then.
  }
}

/** Every draft in this browser, whoever wrote it: nobody is signed in any more. */
export function forgetAllDrafts() {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(PREFIX)) localStorage.removeItem(key);
    }
  } catch {
    // Without storage there is nothing to forget.
  }
}

/**
 * The drafts for a place (and its parts: `new-thread` holds `new-thread.context`, …), once what
 * was written there is sent, saved or given up.
 */
export function forgetDraft(target: string) {
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(PREFIX)) continue;
      const rest = key.slice(PREFIX.length);
      const place = rest.slice(rest.indexOf('.') + 1);
      if (place === target || place.startsWith(`${target}.`)) localStorage.removeItem(key);
    }
  } catch {
    // Without storage there is nothing to forget.
  }
}
