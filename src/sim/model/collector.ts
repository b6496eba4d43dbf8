import { LevelStats } from './levelStats';
import { Observations } from './observations';
import type { CompiledModel } from './compiledModel';
import type { SimClock } from './simClock';

/**
 * Patient-level statistics of one replication. Everything here is cleared at the end of the warm-up; waits
 * count patients who STARTED the activity after the warm-up, times in system those who left after it.
 */
export class Collector {
  readonly stepWait: Observations[];
  readonly timeInSystem = new Observations(1024);
  /** Door to provider (first `seen` step) of emergency patients. */
  readonly edWait = new Observations(1024);
  /** Arrival to ED departure of emergency patients. */
  readonly edStay = new Observations(1024);
  /** Patients in the system (one time-weighted series). */
  readonly inSystem: LevelStats;
  readonly lostAt: Float64Array;
  readonly arrivalsByClass: Float64Array;
  arrivals = 0;
  edArrivals = 0;
  completed = 0;
  lost = 0;
  diverted = 0;
  lwbs = 0;
  reneged = 0;
  fourHourBreaches = 0;
  boardingMinutes = 0;
  boardedPatients = 0;

  constructor(model: CompiledModel, clock: SimClock) {
    this.inSystem = new LevelStats(1, clock, false);
    this.stepWait = model.steps.map(() => new Observations(64));
    this.lostAt = new Float64Array(model.resources.length);
    this.arrivalsByClass = new Float64Array(model.classes.length);
  }

  /** Gives the observation storage back for reuse by the next replication (after the results were read). */
  release(): void {
    for (const t of this.stepWait) t.release();
    this.timeInSystem.release();
    this.edWait.release();
    this.edStay.release();
  }

  reset(now: number): void {
    for (const t of this.stepWait) t.reset();
    this.timeInSystem.reset();
    this.edWait.reset();
    this.edStay.reset();
    this.inSystem.reset(now);
    this.lostAt.fill(0);
    this.arrivalsByClass.fill(0);
    this.arrivals = 0;
    this.edArrivals = 0;
    this.completed = 0;
    this.lost = 0;
    this.diverted = 0;
    this.lwbs = 0;
    this.reneged = 0;
    this.fourHourBreaches = 0;
    this.boardingMinutes = 0;
    this.boardedPatients = 0;
  }
}
