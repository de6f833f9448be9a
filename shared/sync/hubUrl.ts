/**
 * Where a desk may find its hub: over https, except on this machine itself. A desk sends its
 * credential and people's passwords to the hub, so plain http is allowed only to a loopback host
 * (`localhost`, 127.0.0.0/8, `::1`), where nothing crosses a network. The hub holds the same line
 * from its side: it refuses to listen on a non-loopback address without TLS (server/src/config.ts).
 */
import { fail, ok, type RuleResult } from '../result';

/** `localhost` (and its subdomains), 127.0.0.0/8 and ::1, as a URL's hostname or a listen address. */
export function isLoopbackHost(host: string): boolean {
  const name = host
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (name === '::1' || name === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(name);
  return v4 !== null && v4.slice(1).every((part) => Number(part) <= 255);
}

/** The hub's address as typed (trimmed) when the desk may use it; `hub.https_required` for http to another machine. */
export function checkHubUrl(input: string): RuleResult<string> {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('hub.url_invalid', 'Dit is geen webadres. Vul het adres van de hub in, bijvoorbeeld https://hub.example.nl.');
  }
  if (url.protocol === 'https:') return ok(text);
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return ok(text);
  if (url.protocol === 'http:') {
    return fail(
      'hub.https_required',
      `Een hub op een andere computer moet via https bereikbaar zijn: de desk stuurt er wachtwoorden heen. Gebruik https://${url.host}.`,
      { host: url.host },
    );
  }
  return fail('hub.url_invalid', 'Dit is geen webadres. Vul het adres van de hub in, bijvoorbeeld https://hub.example.nl.');
}
