export { EventHeap } from './eventHeap';
export { RandomStream, createStream, replicationSeed, fnv1a32, mix32 } from './rng';
export {
  distributionSchema, parseDistribution, compileDistribution, distributionMean, bernoulli, compileCategorical,
  standardNormal, normalCdf,
} from './distributions';
export type { DistributionSpec, Sampler } from './distributions';
export { lnGamma } from './specialFunctions';
export { ArrivalProcess, rateProfileSchema, arrivalMultiplierSchema, constantRateProfile } from './arrivals';
export type { RateProfile, ArrivalMultiplier } from './arrivals';
