"""M/M/c queue in SimPy 3: the peer of Hospital Twin's engine in test/bench/simBench.ts.

usage: /usr/bin/python3 mmc.py <arrivals per hour> <mean service minutes> <servers> <horizon minutes> <seed> [repeats] [warm-up runs]
Prints one JSON line: customers served by the horizon, wall and CPU seconds of env.run() timed with
perf_counter / process_time (the run with the median rate; CPU seconds the median of the CPU rates), and the
mean wait in queue in minutes (a sanity check against Erlang C). Warm-up runs come first and are not timed.
"""
import json
import random
import sys
import time

import simpy


def run_once(per_hour, service_mean, servers, horizon, seed):
    rng = random.Random(seed)
    env = simpy.Environment()
    clinicians = simpy.Resource(env, capacity=servers)
    totals = {"served": 0, "started": 0, "wait": 0.0}

    def patient(env):
        arrived = env.now
        with clinicians.request() as request:
            yield request
            totals["started"] += 1
            totals["wait"] += env.now - arrived
            yield env.timeout(rng.expovariate(1.0 / service_mean))
            totals["served"] += 1

    def arrivals(env):
        rate = per_hour / 60.0
        while True:
            yield env.timeout(rng.expovariate(rate))
            env.process(patient(env))

    env.process(arrivals(env))
    wall, cpu = time.perf_counter(), time.process_time()
    env.run(until=horizon)
    return {
        "customers": totals["served"],
        "seconds": time.perf_counter() - wall,
        "cpuSeconds": time.process_time() - cpu,
        "meanWait": totals["wait"] / max(1, totals["started"]),
    }


def main():
    per_hour, service_mean, servers, horizon, seed = (float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]),
                                                      float(sys.argv[4]), int(sys.argv[5]))
    repeats = int(sys.argv[6]) if len(sys.argv) > 6 else 1
    warmups = int(sys.argv[7]) if len(sys.argv) > 7 else 0
    for k in range(warmups):
        run_once(per_hour, service_mean, servers, horizon, seed + 1000 + k)
    runs = sorted((run_once(per_hour, service_mean, servers, horizon, seed + k) for k in range(repeats)),
                  key=lambda r: r["customers"] / r["seconds"])
    median = dict(runs[len(runs) // 2])
    cpu_rates = sorted(r["customers"] / r["cpuSeconds"] for r in runs)
    median["cpuSeconds"] = median["customers"] / cpu_rates[len(cpu_rates) // 2]
    median["simpyVersion"] = simpy.__version__
    print(json.dumps(median))


if __name__ == "__main__":
    main()
