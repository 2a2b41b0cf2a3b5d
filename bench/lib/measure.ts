/**
 * Minimal, dependency-free timing: warm up, then repeat a bounded loop and keep the best run
 * (the least disturbed by GC and other processes), reported as operations per second.
 */
export interface Row {
  name: string;
  opsPerSecond: number;
  /** Microseconds per operation. */
  micros: number;
}

export function measure(name: string, operations: number, run: () => number, rounds = 5): Row {
  let sink = run(); // warm-up: JIT and caches
  let best = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    sink += run();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
    if (elapsed < best) best = elapsed;
  }
  // Keeps `sink` alive so the loops cannot be optimised away.
  if (sink === Number.MIN_SAFE_INTEGER) console.log('');
  return { name, opsPerSecond: operations / best, micros: (best / operations) * 1e6 };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

export type Target = { ratio: number } | { rate: number };

/** Prints rows with their speed relative to the first row (the baseline) and the target check. */
export function printTable(title: string, rows: readonly Row[], unit: string, target: Target): boolean {
  const baseline = rows[0]!.opsPerSecond;
  const best = rows[rows.length - 1]!;
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`\n${title}`);
  console.log(
    `  ${'implementation'.padEnd(width)}  ${unit.padStart(14)}  ${'µs/op'.padStart(8)}  ${'× baseline'.padStart(10)}`
  );
  for (const r of rows) {
    const ratio = `${(r.opsPerSecond / baseline).toFixed(1)}×`;
    console.log(
      `  ${r.name.padEnd(width)}  ${fmt(r.opsPerSecond).padStart(14)}  ${r.micros.toFixed(3).padStart(8)}  ${ratio.padStart(10)}`
    );
  }
  const met = 'ratio' in target ? best.opsPerSecond / baseline >= target.ratio : best.opsPerSecond >= target.rate;
  const wanted = 'ratio' in target ? `≥ ${target.ratio}× baseline` : `≥ ${fmt(target.rate)} ${unit}`;
  console.log(`  target ${wanted}: ${met ? 'met' : 'NOT met on this machine'}`);
  return met;
}
