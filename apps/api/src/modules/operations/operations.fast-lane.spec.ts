import type { IncomingMessage } from 'node:http';
import { OperationsFastLane } from './operations.fast-lane';

// Which requests the fast lane takes; everything else must reach Express untouched (match → undefined).
const lane = Object.create(OperationsFastLane.prototype) as OperationsFastLane;
const APP = '0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01';
const PATH = `/api/apps/${APP}/connections/google-drive/operations/files.list`;

function req(over: { method?: string; url?: string; headers?: Record<string, string> } = {}): IncomingMessage {
  return {
    method: over.method ?? 'POST',
    url: over.url ?? PATH,
    headers: { authorization: 'Bearer pbs_abc', 'content-type': 'application/json', 'content-length': '12', ...over.headers },
  } as unknown as IncomingMessage;
}

describe('OperationsFastLane.match', () => {
  it('takes a POST with a session token in the header and a JSON body, with its path parameters decoded', () => {
    expect(lane.match(req())).toEqual({ appId: APP, provider: 'google-drive', operationId: 'files.list', token: 'pbs_abc' });
    expect(lane.match(req({ url: `${PATH}/` }))?.operationId).toBe('files.list');
    expect(lane.match(req({ url: `${PATH}?trace=1` }))?.operationId).toBe('files.list');
    expect(lane.match(req({ url: PATH.replace('files.list', 'sobjects.Lead%2Eupdate') }))?.operationId).toBe('sobjects.Lead.update');
    expect(lane.match(req({ headers: { authorization: 'bearer  pbs_abc', 'content-type': 'Application/JSON; charset=UTF-8' } }))?.token).toBe(
      'pbs_abc',
    );
  });

  it.each([
    ['another method', { method: 'GET' }],
    ['another route', { url: `/api/apps/${APP}/connections/google-drive` }],
    ['a longer path', { url: `${PATH}/extra` }],
    ['no credentials', { headers: { authorization: '' } }],
    ['an app API key (Express refuses it with its own message)', { headers: { authorization: 'Bearer pbk_key' } }],
    ['another auth scheme', { headers: { authorization: 'Basic dXNlcjpwYXNz' } }],
    ['a non-JSON body', { headers: { 'content-type': 'text/plain' } }],
    ['a JSON body in another charset', { headers: { 'content-type': 'application/json; charset=latin1' } }],
    ['a compressed body', { headers: { 'content-encoding': 'gzip' } }],
    ['no body', { headers: { 'content-length': '0' } }],
    ['a chunked body', { headers: { 'transfer-encoding': 'chunked' } }],
    ['a malformed escape in the path', { url: PATH.replace('files.list', 'files%E0%A4%A') }],
  ])('leaves %s to Express', (_label, over) => {
    const r = req(over as { method?: string; url?: string; headers?: Record<string, string> });
    if ((over as { headers?: Record<string, string> }).headers?.['authorization'] === '')
      delete (r.headers as Record<string, unknown>)['authorization'];
    if ((over as { headers?: Record<string, string> }).headers?.['transfer-encoding'])
      delete (r.headers as Record<string, unknown>)['content-length'];
    expect(lane.match(r)).toBeUndefined();
  });
});
