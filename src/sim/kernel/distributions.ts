/**
 * Data-described probability distributions: validated with zod (plain-language errors with paths),
 * compiled once into a sampler closure. Units are the caller's (the hospital model uses minutes).
 */
import { z } from 'zod';
import type { RandomStream } from './rng';
import { lnGamma } from './specialFunctions';
import * as exponential from './exponential';

// Module-local copy: an imported binding can cost a getter call per use under some loaders (tsx → CJS).
const standardExponential = exponential.standardExponential;

export type DistributionSpec =
  | { type: 'exponential'; mean: number }
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number }
  | { type: 'lognormal'; mean: number; sd: number }
  | { type: 'lognormal'; mean: number; variance: number }
  | { type: 'gamma'; shape: number; scale: number }
  | { type: 'weibull'; shape: number; scale: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'fixed'; value: number }
  | { type: 'empirical'; values: number[]; weights?: number[] }
  | { type: 'empiricalContinuous'; points: [number, number][] };

export type Sampler = (rng: RandomStream) => number;

const DISTRIBUTION_TYPES = [
  'exponential', 'normal', 'lognormal', 'gamma', 'weibull', 'triangular', 'uniform', 'fixed', 'empirical',
  'empiricalContinuous',
] as const;

function num(name: string) {
  return z.number({
    error: (issue) => (issue.input === undefined ? `${name} is required` : `${name} must be a finite number`),
  });
}
const positive = (name: string) => num(name).gt(0, `${name} must be > 0`);

const exponentialSchema = z.object({ type: z.literal('exponential'), mean: positive('mean') });

const normalSchema = z
  .object({ type: z.literal('normal'), mean: num('mean'), sd: positive('sd'), min: num('min').optional(), max: num('max').optional() })
  .refine((d) => d.min === undefined || d.max === undefined || d.min < d.max, {
    message: 'min must be < max', path: ['max'],
  });

// One object with exactly one of sd / variance (not a transform, so the schema stays JSON-Schema-representable).
const lognormalSchema = z
  .object({ type: z.literal('lognormal'), mean: positive('mean'), sd: positive('sd').optional(), variance: positive('variance').optional() })
  .refine((d) => (d.sd === undefined) !== (d.variance === undefined), {
    message: 'lognormal needs exactly one of sd or variance', path: ['sd'],
  });

const gammaSchema = z.object({ type: z.literal('gamma'), shape: positive('shape'), scale: positive('scale') });
const weibullSchema = z.object({ type: z.literal('weibull'), shape: positive('shape'), scale: positive('scale') });

const triangularSchema = z
  .object({ type: z.literal('triangular'), min: num('min'), mode: num('mode'), max: num('max') })
  .refine((d) => d.min < d.max, { message: 'min must be < max', path: ['max'] })
  .refine((d) => d.min <= d.mode && d.mode <= d.max, { message: 'mode must be between min and max', path: ['mode'] });

const uniformSchema = z
  .object({ type: z.literal('uniform'), min: num('min'), max: num('max') })
  .refine((d) => d.min <= d.max, { message: 'min must be ≤ max', path: ['max'] });

const fixedSchema = z.object({ type: z.literal('fixed'), value: num('value') });

const empiricalSchema = z
  .object({
    type: z.literal('empirical'),
    values: z.array(num('each value'), { error: 'values must be a list of numbers' }).min(1, 'values must not be empty'),
    weights: z.array(num('each weight').gte(0, 'weights must be ≥ 0'), { error: 'weights must be a list of numbers' }).optional(),
  })
  .refine((d) => d.weights === undefined || d.weights.length === d.values.length, {
    message: 'weights must have one entry per value', path: ['weights'],
  })
  .refine((d) => d.weights === undefined || d.weights.some((w) => w > 0), {
    message: 'at least one weight must be > 0', path: ['weights'],
  });

const PROBABILITY_TOLERANCE = 1e-9;
const empiricalContinuousSchema = z
  .object({
    type: z.literal('empiricalContinuous'),
    points: z
      .array(z.tuple([num('point value'), num('cumulative probability')]), {
        error: 'points must be a list of [value, cumulative probability] pairs',
      })
      .min(2, 'points needs at least 2 [value, cumulative probability] pairs'),
  })
  .refine((d) => d.points.every((p, i) => i === 0 || p[0] >= d.points[i - 1][0]), {
    message: 'point values must be in increasing order', path: ['points'],
  })
  .refine((d) => d.points.every((p, i) => i === 0 || p[1] >= d.points[i - 1][1]), {
    message: 'cumulative probabilities must not decrease', path: ['points'],
  })
  .refine((d) => Math.abs(d.points[0][1]) <= PROBABILITY_TOLERANCE, {
    message: 'the first cumulative probability must be 0', path: ['points', 0, 1],
  })
  .superRefine((d, ctx) => {
    const last = d.points.length - 1;
    if (Math.abs(d.points[last][1] - 1) > PROBABILITY_TOLERANCE) {
      ctx.addIssue({ code: 'custom', message: 'the last cumulative probability must be 1', path: ['points', last, 1] });
    }
  });

const distributionUnion = z.discriminatedUnion(
  'type',
  [
    exponentialSchema, normalSchema, lognormalSchema, gammaSchema, weibullSchema, triangularSchema, uniformSchema,
    fixedSchema, empiricalSchema, empiricalContinuousSchema,
  ],
  { error: `type must be one of: ${DISTRIBUTION_TYPES.join(', ')}` },
);
/** The lognormal refinement guarantees exactly one of sd / variance, which is what DistributionSpec says. */
export const distributionSchema = distributionUnion as z.ZodType<DistributionSpec>;

/** Parses a distribution, throwing an Error whose message lists every problem as "path: message". */
export function parseDistribution(input: unknown, where = 'distribution'): DistributionSpec {
  const result = distributionSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    return `${path}: ${issue.message}`;
  });
  throw new Error(lines.join('\n'));
}

/** Standard normal by Box–Muller; always consumes exactly two uniforms. */
export function standardNormal(rng: RandomStream): number {
  const u1 = rng.next();
  const u2 = rng.next();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

const MAX_TRUNCATION_TRIES = 1000;

function gammaSampler(shape: number, scale: number): Sampler {
  // Marsaglia–Tsang (2000); for shape < 1 sample shape+1 and multiply by U^(1/shape).
  const boosted = shape < 1;
  const a = boosted ? shape + 1 : shape;
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  const invShape = 1 / shape;
  return (rng) => {
    let sample: number;
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = standardNormal(rng);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng.next();
      const x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        sample = d * v;
        break;
      }
    }
    if (boosted) sample *= Math.pow(rng.next(), invShape);
    return sample * scale;
  };
}

function lognormalParameters(mean: number, variance: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + variance / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

function empiricalContinuousSampler(points: [number, number][]): Sampler {
  const n = points.length;
  const values = Float64Array.from(points, (p) => p[0]);
  const probs = Float64Array.from(points, (p) => p[1]);
  return (rng) => {
    const u = rng.next();
    let lo = 1;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (probs[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    const p0 = probs[lo - 1];
    const dp = probs[lo] - p0;
    const v0 = values[lo - 1];
    return dp > 0 ? v0 + ((u - p0) / dp) * (values[lo] - v0) : values[lo];
  };
}

/** Compiles a validated spec into a sampler; throws (plain language) if the spec is invalid. */
export function compileDistribution(input: DistributionSpec): Sampler {
  const spec = parseDistribution(input);
  switch (spec.type) {
    case 'exponential': {
      const mean = spec.mean;
      return (rng) => mean * standardExponential(rng);
    }
    case 'normal': {
      const { mean, sd } = spec;
      const min = spec.min ?? -Infinity;
      const max = spec.max ?? Infinity;
      if (min === -Infinity && max === Infinity) return (rng) => mean + sd * standardNormal(rng);
      return (rng) => {
        for (let i = 0; i < MAX_TRUNCATION_TRIES; i++) {
          const x = mean + sd * standardNormal(rng);
          if (x >= min && x <= max) return x;
        }
        const x = mean + sd * standardNormal(rng);
        return x < min ? min : x > max ? max : x;
      };
    }
    case 'lognormal': {
      // Checked by value, not by key: {sd: undefined, variance: 2} is valid input.
      const sd = 'sd' in spec ? spec.sd : undefined;
      const variance = sd !== undefined ? sd * sd : (spec as { variance: number }).variance;
      const { mu, sigma } = lognormalParameters(spec.mean, variance);
      return (rng) => Math.exp(mu + sigma * standardNormal(rng));
    }
    case 'gamma':
      return gammaSampler(spec.shape, spec.scale);
    case 'weibull': {
      const invShape = 1 / spec.shape;
      const scale = spec.scale;
      return (rng) => scale * Math.pow(-Math.log(rng.next()), invShape);
    }
    case 'triangular': {
      const { min, mode, max } = spec;
      const width = max - min;
      const split = (mode - min) / width;
      return (rng) => {
        const u = rng.next();
        return u < split
          ? min + Math.sqrt(u * width * (mode - min))
          : max - Math.sqrt((1 - u) * width * (max - mode));
      };
    }
    case 'uniform': {
      const { min } = spec;
      const width = spec.max - spec.min;
      return (rng) => min + width * rng.next();
    }
    case 'fixed': {
      const value = spec.value;
      return () => value;
    }
    case 'empirical': {
      const values = Float64Array.from(spec.values);
      const pick = compileCategorical(spec.weights ?? spec.values.map(() => 1));
      return (rng) => values[pick(rng)];
    }
    case 'empiricalContinuous':
      return empiricalContinuousSampler(spec.points);
  }
}

/** Analytic mean of a distribution (truncated normal included). */
export function distributionMean(spec: DistributionSpec): number {
  switch (spec.type) {
    case 'exponential':
    case 'lognormal':
      return spec.mean;
    case 'normal':
      return truncatedNormalMean(spec.mean, spec.sd, spec.min ?? -Infinity, spec.max ?? Infinity);
    case 'gamma':
      return spec.shape * spec.scale;
    case 'weibull':
      return spec.scale * Math.exp(lnGamma(1 + 1 / spec.shape));
    case 'triangular':
      return (spec.min + spec.mode + spec.max) / 3;
    case 'uniform':
      return (spec.min + spec.max) / 2;
    case 'fixed':
      return spec.value;
    case 'empirical': {
      const weights = spec.weights ?? spec.values.map(() => 1);
      let total = 0;
      let sum = 0;
      for (let i = 0; i < spec.values.length; i++) {
        total += weights[i];
        sum += weights[i] * spec.values[i];
      }
      return sum / total;
    }
    case 'empiricalContinuous': {
      let sum = 0;
      for (let i = 1; i < spec.points.length; i++) {
        const [v0, p0] = spec.points[i - 1];
        const [v1, p1] = spec.points[i];
        sum += (p1 - p0) * (v0 + v1) / 2;
      }
      return sum;
    }
  }
}

function truncatedNormalMean(mean: number, sd: number, min: number, max: number): number {
  if (min === -Infinity && max === Infinity) return mean;
  const a = (min - mean) / sd;
  const b = (max - mean) / sd;
  const mass = normalCdf(b) - normalCdf(a);
  return mean + (sd * (normalPdf(a) - normalPdf(b))) / mass;
}

function normalPdf(x: number): number {
  return Number.isFinite(x) ? Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI) : 0;
}

export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** Complementary error function (Numerical Recipes erfcc, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
    t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** Bernoulli trial: true with probability p. */
export function bernoulli(rng: RandomStream, p: number): boolean {
  return rng.next() < p;
}

/** Categorical choice over non-negative weights (need not sum to 1); cumulative sums precomputed once. */
export function compileCategorical(weights: number[]): (rng: RandomStream) => number {
  const n = weights.length;
  if (n === 0) throw new Error('categorical choice needs at least one weight');
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i];
    if (!(w >= 0) || !Number.isFinite(w)) throw new Error(`weight ${i} must be a finite number ≥ 0`);
    total += w;
    cumulative[i] = total;
  }
  if (!(total > 0)) throw new Error('at least one weight must be > 0');
  if (n === 1) return () => 0;
  const last = n - 1;
  return (rng) => {
    const u = rng.next() * total;
    let lo = 0;
    let hi = last;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
