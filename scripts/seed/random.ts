// A small deterministic PRNG, so the demo history is the same on every run and every machine.
import { randomBytes } from "node:crypto";

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a key by relative weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  shuffle<T>(items: readonly T[]): T[];
  /**
   * Draws keys from a shuffled deck holding each key `weight` times, reshuffled when empty: small
   * samples then follow the weights closely, not only on average.
   */
  deck<K extends string>(weights: Readonly<Record<K, number>>): () => K;
};

/** mulberry32: 32-bit state, good enough spread for demo data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[int(0, items.length - 1)],
    weighted(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let roll = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1][0];
    },
    shuffle,
    deck(weights) {
      const cards = (Object.entries(weights) as [keyof typeof weights, number][]).flatMap(([key, weight]) =>
        Array<typeof key>(weight).fill(key),
      );
      let remaining: (keyof typeof weights)[] = [];
      return () => {
        if (remaining.length === 0) remaining = shuffle(cards);
        return remaining.pop()!;
      };
    },
  };
}

/** A stable 32-bit seed from a string (FNV-1a). */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

let idCounter = 0;

/**
 * A cuid-shaped id ("c" + 24 base-36 characters), like Prisma's @default(cuid()). The seed makes
 * its own ids so that it can link thousands of rows and still insert them with createMany.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const counter = (idCounter++ % 36 ** 4).toString(36).padStart(4, "0");
  const random = [...randomBytes(12)].map((byte) => (byte % 36).toString(36)).join("");
  return `c${time}${counter}${random}`;
}
