import type { Ctx } from '../../../core/context.ts';
import { normalizeSpaces, toNfc } from '../../../lib/vi/index.ts';
import type { CommuneCandidate, ResolveResult } from '../../places/places.dto.ts';
import { resolveAddress } from '../../places/places.service.ts';
import type { AddressCandidate, AddressState } from './import.dto.ts';

/** Below this the resolver's match is shown for the user to confirm or change. */
export const CONFIDENT = 0.8;
const MAX_ALTERNATIVES = 10;

export interface ResolvedAddress {
  /** The address as written (kept in address_original). */
  text: string;
  /** What came before the commune ("Thôn 3"), kept as the street. */
  street: string;
  state: AddressState;
  confidence: number;
  commune: AddressCandidate | null;
  alternatives: AddressCandidate[];
}

// The first commune-level word written unmistakably (marks or an abbreviation with its dot).
const COMMUNE_START = /(^|[\s,;–-])(thị xã|xã|phường|thị trấn|đặc khu|x\.|p\.|tt\.)(?=\s|\d|\p{Lu})/giu;

/**
 * Splits "Thôn 3, Xã Vũ Lễ, Huyện Kiến Xương, Tỉnh Thái Bình" into the street ("Thôn 3") and the
 * place ("Xã Vũ Lễ, …"). The resolver reads an address from its first commune word on and ignores
 * what comes before, so resolving the place alone gives the same answer — and thousands of rows
 * in the same commune need one lookup instead of one each.
 */
export function splitStreet(address: string): { street: string; place: string } {
  for (const m of address.matchAll(COMMUNE_START)) {
    if ((m[2] ?? '').toLowerCase() === 'thị xã') continue;
    const at = (m.index ?? 0) + (m[1] ?? '').length;
    const street = address.slice(0, at).replace(/[\s,;–-]+$/u, '');
    return { street, place: address.slice(at) };
  }
  return { street: '', place: address };
}

function candidate(c: CommuneCandidate): AddressCandidate {
  const legacy = c.legacy
    ? [c.legacy.name, c.legacy.district, c.legacy.province].filter(Boolean).join(', ')
    : null;
  return { code: c.code, name: c.name, provinceCode: c.provinceCode, provinceName: c.provinceName, legacy };
}

function classify(r: ResolveResult): Omit<ResolvedAddress, 'text' | 'street'> {
  const alternatives = r.alternatives.map(candidate);
  const confidence = r.confidence;
  if (r.status === 'matched' && r.match) {
    const match = candidate(r.match);
    if (confidence >= CONFIDENT) return { state: 'matched', confidence, commune: match, alternatives: [] };
    return {
      state: 'low_confidence',
      confidence,
      commune: match,
      alternatives: [match, ...alternatives].slice(0, MAX_ALTERNATIVES),
    };
  }
  const state = r.status === 'ambiguous' ? 'ambiguous' : 'not_found';
  return { state, confidence, commune: null, alternatives: alternatives.slice(0, MAX_ALTERNATIVES) };
}

const MAX_ADDRESS = 500;

/** Resolves addresses through the places service, once per distinct place. */
export class AddressResolver {
  private readonly cache = new Map<string, Promise<Omit<ResolvedAddress, 'text' | 'street'>>>();

  constructor(
    private readonly ctx: Ctx,
    /** The tenant's province: breaks ties between communes of the same name. */
    private readonly provinceCode: string | undefined,
  ) {}

  async resolve(written: string): Promise<ResolvedAddress> {
    const text = normalizeSpaces(toNfc(written));
    const { street, place } = splitStreet(text);
    const key = place.toLowerCase();
    let pending = this.cache.get(key);
    if (!pending) {
      pending = resolveAddress(this.ctx, {
        address: place.slice(0, MAX_ADDRESS),
        provinceCode: this.provinceCode,
      }).then(classify);
      this.cache.set(key, pending);
    }
    return { text, street, ...(await pending) };
  }
}
