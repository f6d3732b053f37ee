/** Header sets as the SDK sends them: merged in order, empty values dropped, bad names refused before sending. */
import { AuthingInputError } from './errors.js';

/** Header sets merged in order: a later value wins whatever its letter case; undefined and empty values are not sent. */
export type HeaderSets = ReadonlyArray<Readonly<Record<string, string | undefined>> | undefined>;

/** Merges `sets` into one `Headers`. @throws {@link AuthingInputError} for a name or value that HTTP does not allow. */
export function mergeHeaders(sets: HeaderSets): Headers {
  const headers = new Headers();
  for (const set of sets) {
    for (const [name, value] of Object.entries(set ?? {})) {
      try {
        if (value) headers.set(name, value);
      } catch {
        throw new AuthingInputError('headers', `Invalid header name or value: ${JSON.stringify(name)}`);
      }
    }
  }
  return headers;
}
