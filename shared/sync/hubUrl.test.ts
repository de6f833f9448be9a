import { describe, expect, it } from 'vitest';
import { checkHubUrl, isLoopbackHost } from './hubUrl';

const ruleOf = (input: string) => {
  const result = checkHubUrl(input);
  return result.ok ? 'ok' : result.rule;
};

describe('hub address: https for every host but this machine', () => {
  it('hub.https_required: http to loopback is allowed (127.0.0.1, localhost, [::1], the rest of 127.0.0.0/8)', () => {
    expect(ruleOf('http://127.0.0.1:5179')).toBe('ok');
    expect(ruleOf('http://localhost:5179')).toBe('ok');
    expect(ruleOf('http://[::1]:5179')).toBe('ok');
    expect(ruleOf('http://127.255.255.254')).toBe('ok');
  });

  it('hub.https_required: http to any other host is refused (10.0.0.5, 128.0.0.1, a name), with a Dutch sentence naming https', () => {
    expect(ruleOf('http://10.0.0.5:5179')).toBe('hub.https_required');
    expect(ruleOf('http://128.0.0.1')).toBe('hub.https_required');
    expect(ruleOf('http://hub.example.nl')).toBe('hub.https_required');
    expect(ruleOf('http://localhost.example.nl')).toBe('hub.https_required');
    const refused = checkHubUrl('http://10.0.0.5:5179');
    expect(refused).toMatchObject({ ok: false, params: { host: '10.0.0.5:5179' } });
    expect(!refused.ok && refused.message).toContain('https://10.0.0.5:5179');
  });

  it('hub.https_required: https to any host is allowed, kept as typed (trimmed)', () => {
    expect(checkHubUrl(' https://hub.example.nl ')).toEqual({ ok: true, value: 'https://hub.example.nl' });
    expect(ruleOf('https://10.0.0.5:5179')).toBe('ok');
  });

  it('hub.url_invalid: not a URL, or another scheme', () => {
    expect(ruleOf('hub.example.nl')).toBe('hub.url_invalid');
    expect(ruleOf('ftp://hub.example.nl')).toBe('hub.url_invalid');
  });

  it('loopback hosts: listen addresses too (::1, 127.0.0.1, localhost) but not 0.0.0.0 or ::', () => {
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('::')).toBe(false);
    expect(isLoopbackHost('127.0.0.256')).toBe(false);
  });
});
