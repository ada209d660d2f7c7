import type { DigestOutcome } from '@jixiao/contract';
import type { DigestApi } from './digest-api.js';
import type { PushClient, PushRecipient } from './push-client.js';
import { renderDigest, type DigestClaim } from './render-digest.js';

const CLAIM_BATCH = 20;

export interface DigestSchedulerOptions {
  readonly api: DigestApi;
  /** The platforms this instance can send to; only their digests are claimed. */
  readonly clients: readonly PushClient[];
  /** Names this instance in the claims' leases (host and pid). */
  readonly instance: string;
  readonly dashboardUrl: string;
  readonly now?: () => Date;
  readonly logError: (context: string, error: unknown) => void;
}

/**
 * Sends due digests. Each tick claims them from the API (a lease per digest, so two instances never hold the
 * same one), sends each through its platform and reports the outcome. Nothing is kept in the process: a
 * restarted instance, or another one, carries on from the database.
 *
 * The guarantee: a digest whose send failed with an answer is retried (three attempts). One whose outcome is
 * unknown — the instance stopped between sending and reporting — is resent under the same key only where the
 * platform drops repeats (Feishu `uuid`, WeCom user messages' duplicate check), so it arrives once; on DingTalk
 * and WeCom group chats it is recorded `unconfirmed` and not resent: at most once, never twice.
 */
export class DigestScheduler {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: DigestSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Claims and sends until nothing is due; answers how many digests were handled. */
  async tick(): Promise<number> {
    const platforms = this.options.clients.map((client) => client.platform);
    if (platforms.length === 0) return 0;
    let handled = 0;
    for (;;) {
      const claims = await this.options.api.claim(this.options.instance, platforms, CLAIM_BATCH, this.now());
      for (const claim of claims) await this.deliver(claim);
      handled += claims.length;
      if (claims.length < CLAIM_BATCH) return handled;
    }
  }

  /** Ticks every `intervalMs` (one tick at a time) until {@link stop}. */
  start(intervalMs: number): void {
    const run = () => {
      this.running = this.tick().catch((error: unknown) => this.options.logError('sending due digests', error));
      void this.running.finally(() => {
        if (this.timer !== undefined) this.timer = setTimeout(run, intervalMs).unref();
      });
    };
    this.timer = setTimeout(run, 0).unref();
  }

  /** Stops ticking and waits for the tick in progress. */
  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async deliver(claim: DigestClaim): Promise<void> {
    const client = this.options.clients.find((c) => c.platform === claim.platform);
    if (client === undefined) return this.report(claim, 'failed', `${claim.platform} is not configured on ${this.options.instance}`);
    const recipient: PushRecipient = { target: claim.target === 'group' ? 'group' : 'user', conversationId: claim.conversationId };
    const idempotent = client.idempotent(recipient);
    if (claim.possiblySent && !idempotent) {
      return this.report(claim, 'unconfirmed', 'an earlier send ended without an outcome and the platform cannot drop a repeat: not resent');
    }
    const messages = renderDigest(claim, this.options.dashboardUrl, client.maxMessageBytes, client.lineBreak);
    let sent = 0;
    try {
      for (const [i, message] of messages.entries()) {
        await client.send(recipient, message, `${claim.deliveryId}-${i}`);
        sent += 1;
      }
    } catch (error) {
      this.options.logError(`sending digest ${claim.deliveryId} (${claim.platform}, message ${sent + 1}/${messages.length})`, error);
      // Part of it went out where a repeat would arrive twice: keep what was sent, send no more.
      const outcome = sent > 0 && !idempotent ? 'unconfirmed' : 'failed';
      return this.report(claim, outcome, `message ${sent + 1}/${messages.length}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.report(claim, 'sent', undefined);
  }

  private async report(claim: DigestClaim, outcome: DigestOutcome, error: string | undefined): Promise<void> {
    try {
      await this.options.api.complete(claim.deliveryId, outcome, error, this.now());
    } catch (reportError) {
      // The lease runs out and the digest is claimed again, marked possibly sent (see the class comment).
      this.options.logError(`recording digest ${claim.deliveryId} as ${outcome}`, reportError);
    }
  }
}
