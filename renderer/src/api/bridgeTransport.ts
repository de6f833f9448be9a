/**
 * Browser mode: the contract over the local bridge (HTTP calls, server-sent events), authorised
 * with the per-run token from the address the desk printed at start.
 */
import { apiError, type ApiResult } from '../../../shared/contract/errors';
import type { EventListener, PushEvent } from '../../../shared/contract/events';
import { methodNames } from '../../../shared/contract/methodNames';
import type { Transport } from './transport';

export function createBridgeTransport(token: string, base = ''): Transport {
  const call = async (method: string, input: unknown): Promise<ApiResult<unknown>> => {
    try {
      const response = await fetch(`${base}/api/call/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as ApiResult<unknown>;
    } catch {
      return apiError('unavailable', 'Geen verbinding met Opvangdesk. Draait het programma nog?');
    }
  };
  const transport: Record<string, unknown> = {};
  for (const name of methodNames) transport[name] = (input: unknown) => call(name, input);
  transport.onEvent = (listener: EventListener) => {
    const source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message) => listener(JSON.parse(message.data as string) as PushEvent);
    return () => source.close();
  };
  return transport as Transport;
}
