/**
 * Whether a booking's meeting link is a room on the configured Jitsi server,
 * and the address that embeds it. Pure: the room page uses it in the browser.
 */
export const DEFAULT_JITSI_DOMAIN = "meet.jit.si";

/** The room name when `meetingUrl` is `https://<domain>/<room>`; null for any other link. */
export function jitsiRoomName(meetingUrl: string | null, domain: string): string | null {
  if (!meetingUrl) return null;
  let url: URL;
  try {
    url = new URL(meetingUrl);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.host.toLowerCase() !== domain.toLowerCase()) return null;
  const room = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ""));
  return /^[A-Za-z0-9_-]{1,128}$/.test(room) ? room : null;
}

/**
 * The iframe's address: Jitsi's own page for the room, with the participant's
 * name and the pre-join screen (camera and microphone are chosen there, not forced on)
 * passed as its URL-hash config.
 */
export function jitsiEmbedUrl(domain: string, room: string, displayName: string): string {
  const config = [
    `config.prejoinConfig.enabled=true`,
    `config.disableDeepLinking=true`,
    `userInfo.displayName=${encodeURIComponent(JSON.stringify(displayName))}`,
  ].join("&");
  return `https://${domain}/${encodeURIComponent(room)}#${config}`;
}
