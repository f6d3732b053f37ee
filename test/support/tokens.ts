/** Tokens of the spec's examples. */
import { example } from './fake-fetch.ts';

export const loginToken: string = example('loginByAccount').data.token;
