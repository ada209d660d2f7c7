import type { IncomingMessage } from '../../messages.js';
import { assertBodySize } from '../shared/body-limit.js';
import type { ParamBag } from '../shared/headers.js';
import { parseDingtalkMessage } from './parse-message.js';
import { verifyDingtalkSignature, type DingtalkSignatureOptions } from './signature.js';

export interface DingtalkCallbackRequest {
  readonly headers: ParamBag;
  readonly rawBody: Buffer;
}

/** Headers first, body after: a request without a valid sign is never parsed. */
export function receiveDingtalkCallback(request: DingtalkCallbackRequest, options: DingtalkSignatureOptions): IncomingMessage {
  verifyDingtalkSignature(request.headers, options);
  assertBodySize(request.rawBody);
  return parseDingtalkMessage(request.rawBody.toString('utf8'), new Date(options.nowMs));
}
