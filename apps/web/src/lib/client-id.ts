/**
 * A new id for a message this tab sends, by which the server stores it once however often it
 * is sent again. crypto.randomUUID exists only on https and localhost; a LAN install may be
 * plain http.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
