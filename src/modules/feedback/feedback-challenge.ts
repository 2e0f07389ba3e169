import { randomBytes } from 'node:crypto';
import { type Challenge, createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { z } from 'zod';

export interface ChallengeOptions {
  /** Milliseconds since the epoch (the app clock: tests move it by hand). */
  now: () => number;
  /** How long a challenge may be solved and used (default 20 min: time to type a message). */
  ttlMs?: number;
  /**
   * The solver tries counters from 0 up to a secret one drawn in this range: the work a sender
   * must do per message (a few hundred milliseconds in a browser).
   */
  minCounter?: number;
  maxCounter?: number;
  /** Bound on the remembered used challenges (each kept until it expires). */
  maxRemembered?: number;
}

export type ChallengeVerdict = 'ok' | 'missing' | 'invalid' | 'expired' | 'replayed';

const Hex = z
  .string()
  .regex(/^[0-9a-f]+$/i)
  .max(256);
const Payload = z.object({
  challenge: z.object({
    parameters: z.object({
      algorithm: z.literal('SHA-256'),
      nonce: Hex,
      salt: Hex,
      cost: z.number().int().min(1).max(10),
      keyLength: z.number().int().min(16).max(64),
      keyPrefix: Hex,
      keySignature: Hex.optional(),
      data: z.object({ exp: z.number().int() }),
    }),
    signature: Hex,
  }),
  solution: z.object({ counter: z.number().int().min(0), derivedKey: Hex }),
});

const MAX_PAYLOAD_CHARS = 4096;

/**
 * Self-hosted proof of work (ALTCHA v2, SHA-256): the server hands out signed challenges and
 * checks solutions. The HMAC secrets are random per process: nothing to configure or leak, but a
 * restart invalidates challenges being solved (the reader simply submits again), and several
 * nodes behind a load balancer would need a shared secret (or sticky sessions). Expiry is checked
 * against the app clock, and a solved challenge is accepted once.
 */
export class FeedbackChallenges {
  private readonly hmacSecret = randomBytes(32).toString('hex');
  private readonly keySecret = randomBytes(32).toString('hex');
  private readonly used = new Map<string, number>();
  private readonly now: () => number;
  private readonly ttlMs: number;
  private readonly minCounter: number;
  private readonly maxCounter: number;
  private readonly maxRemembered: number;

  constructor(opts: ChallengeOptions) {
    this.now = opts.now;
    this.ttlMs = opts.ttlMs ?? 20 * 60_000;
    this.minCounter = opts.minCounter ?? 10_000;
    this.maxCounter = opts.maxCounter ?? 60_000;
    this.maxRemembered = opts.maxRemembered ?? 100_000;
  }

  async create(): Promise<Challenge> {
    return createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: randomInt(this.maxCounter, this.minCounter),
      deriveKey,
      // Expiry lives in the signed data, judged by the app clock (altcha's own uses Date.now()).
      data: { exp: Math.floor((this.now() + this.ttlMs) / 1000) },
      hmacSignatureSecret: this.hmacSecret,
      hmacKeySignatureSecret: this.keySecret,
    });
  }

  /** Checks the form's `altcha` field: base64 of JSON { challenge, solution }. */
  async verify(field: string | undefined): Promise<ChallengeVerdict> {
    if (!field) return 'missing';
    if (field.length > MAX_PAYLOAD_CHARS) return 'invalid';
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(field, 'base64').toString('utf8'));
    } catch {
      return 'invalid';
    }
    const parsed = Payload.safeParse(raw);
    if (!parsed.success) return 'invalid';
    const { challenge, solution } = parsed.data;
    const expiresAt = challenge.parameters.data.exp * 1000;
    if (expiresAt <= this.now()) return 'expired';
    if (this.used.has(challenge.parameters.nonce)) return 'replayed';
    const result = await verifySolution({
      challenge,
      solution,
      deriveKey,
      hmacSignatureSecret: this.hmacSecret,
      hmacKeySignatureSecret: this.keySecret,
    });
    if (!result.verified) return 'invalid';
    // Checked again after the await: two posts of one solution must not both pass.
    if (this.used.has(challenge.parameters.nonce)) return 'replayed';
    this.remember(challenge.parameters.nonce, expiresAt);
    return 'ok';
  }

  private remember(nonce: string, expiresAt: number): void {
    const now = this.now();
    if (this.used.size >= this.maxRemembered) {
      for (const [n, exp] of this.used) if (exp <= now) this.used.delete(n);
      // Still full of live challenges (a flood from thousands of addresses, each rate-limited): forget
      // the oldest rather than grow without bound.
      while (this.used.size >= this.maxRemembered) {
        const oldest = this.used.keys().next().value;
        if (oldest === undefined) break;
        this.used.delete(oldest);
      }
    }
    this.used.set(nonce, expiresAt);
  }
}
