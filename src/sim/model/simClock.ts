/**
 * The simulation time shared by the engine and its statistics. Hot-path code reads `clock.now` instead of
 * receiving the time as an argument: a fractional time passed to a call that is not inlined is boxed (a heap
 * allocation per call), which was most of the engine's garbage.
 */
export class SimClock {
  now = 0;
}
