// L2-regularised logistic regression by Newton's method from zero weights: deterministic, exact enough for the few
// features the claim matcher's re-ranker and its calibration have. Used by scripts/train-matcher.ts.

/** Solves `matrix · x = vector` by Gauss–Jordan elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i] ?? 0]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const p = a[col] as number[];
    const d = p[col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r] as number[];
      const factor = (row[col] ?? 0) / d;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) row[c] = (row[c] ?? 0) - factor * (p[c] ?? 0);
    }
  }
  return a.map((row, i) => (row[n] ?? 0) / (row[i] || 1e-12));
}

/**
 * Weights of a logistic regression of `labels` (0/1) on the rows of `x`, with an L2 penalty `l2` on every weight but
 * the first `unpenalised` ones (an intercept column of ones, say). No intercept is added.
 */
export function logisticRegression(x: readonly number[][], labels: readonly number[], l2: number, unpenalised = 0): number[] {
  const d = x[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < x.length; i++) {
      const xi = x[i] as number[];
      let z = 0;
      for (let j = 0; j < d; j++) z += (w[j] ?? 0) * (xi[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (labels[i] ?? 0);
      const h = p * (1 - p);
      for (let j = 0; j < d; j++) {
        gradient[j] = (gradient[j] ?? 0) + g * (xi[j] ?? 0);
        const hj = hessian[j] as number[];
        for (let k = j; k < d; k++) hj[k] = (hj[k] ?? 0) + h * (xi[j] ?? 0) * (xi[k] ?? 0);
      }
    }
    for (let j = 0; j < d; j++) {
      for (let k = 0; k < j; k++) (hessian[j] as number[])[k] = (hessian[k] as number[])[j] ?? 0;
      const penalty = j < unpenalised ? 0 : l2;
      gradient[j] = (gradient[j] ?? 0) + penalty * (w[j] ?? 0);
      (hessian[j] as number[])[j] = ((hessian[j] as number[])[j] ?? 0) + penalty;
    }
    const step = solve(hessian, gradient);
    w = w.map((v, j) => v - (step[j] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-4) break;
  }
  return w;
}
