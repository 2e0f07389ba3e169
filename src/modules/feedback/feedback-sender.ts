import { createHash } from 'node:crypto';

/**
 * A constant, documented salt: blocking a sender must keep working across restarts and nodes, so
 * the hash cannot rotate like the visit counter's. This is pseudonymisation, not anonymity (the
 * IPv4 space can be enumerated): the table never holds the address itself, and the hash is per
 * tenant, so two alliances cannot match their senders.
 */
const SENDER_SALT = 'hoptac/feedback-sender/v1';

/** Hex hash of the sender's address, per tenant. */
export function senderHash(tenantId: string, ip: string): string {
  return createHash('sha256').update(`${SENDER_SALT}\n${tenantId}\n${ip}`).digest('hex').slice(0, 40);
}

/** What moderators see of the hash: enough to recognise a repeated sender. */
export function senderKey(ipHash: string | null): string {
  return (ipHash ?? '').slice(0, 10);
}
