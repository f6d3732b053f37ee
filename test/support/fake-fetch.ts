/** A `fetch` double for unit tests: records every request and answers from a handler. No global mocking. */
import { loadSpec, specOperations, successStatusExamples } from './spec.ts';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: any;
  signal: AbortSignal | undefined;
}

export type Handler = (request: Request, recorded: RecordedRequest, init?: RequestInit) => Response | Promise<Response>;

export function fakeFetch(handler: Handler) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.clone().text();
    const recorded: RecordedRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: Object.fromEntries(request.headers),
      body: text ? JSON.parse(text) : undefined,
      signal: init?.signal ?? undefined,
    };
    requests.push(recorded);
    return handler(request, recorded, init);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** A JSON response. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The success envelope around `data`. */
export const ok = (data: unknown) => json({ code: 200, message: 'ok', data });

/** The value of a named example of an operation in the spec (what the mock would answer). */
export function example(operationId: string, name = 'success'): { code: number; message: string; data: any } {
  const found = specOperations().find(({ operation }) => operation.operationId === operationId);
  const entry = found && successStatusExamples(found.operation).find(([exampleName]) => exampleName === name);
  if (!entry) throw new Error(`no example ${operationId}.${name}`);
  return structuredClone(entry[1].value);
}

/** A handler that never answers, but rejects like fetch does when its signal aborts. */
export const hang: Handler = (_request, _recorded, init) =>
  new Promise((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('aborted', 'AbortError')), { once: true });
  });

/** Routes by `METHOD path` to spec examples; `overrides` answer specific routes. */
export function exampleRouter(overrides: Record<string, Handler> = {}): Handler {
  const routes = new Map(specOperations(loadSpec()).map(({ method, path, operation }) => [`${method} ${path}`, operation.operationId]));
  return (request, recorded, init) => {
    const route = `${recorded.method} ${recorded.url.pathname}`;
    const override = overrides[route];
    if (override) return override(request, recorded, init);
    const operationId = routes.get(route);
    return operationId ? json(example(operationId)) : json({ code: 404, message: 'no route' }, 404);
  };
}
