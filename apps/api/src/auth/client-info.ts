import type { FastifyRequest } from 'fastify';

/** Where a sign-in came from, for the administrator's session list. */
export interface ClientInfo {
  readonly userAgent: string | undefined;
  readonly ipAddress: string | undefined;
}

export function clientOf(req: FastifyRequest): ClientInfo {
  return { userAgent: req.headers['user-agent'], ipAddress: req.ip };
}
