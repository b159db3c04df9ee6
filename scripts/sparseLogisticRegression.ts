// Class-weighted L2 logistic regression over hashed sparse features (L-BFGS), shared by the check-worthiness trainers
// (scripts/train-checkworthiness.ts for debates, scripts/train-checkworthiness-clef.ts for tweets per language).

import { type FeatureConfig, extractFeatures } from "../lib/domain/checkWorthiness/features";

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

// ---------------------------------------------------------------------------------------------------------------
// Sparse design matrix (CSR over a compacted column space: only columns that occur in the data)

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly rowPtr: Int32Array;
  readonly colIdx: Int32Array;
  readonly values: Float32Array;
  /** Compact column -> feature-space index. */
  readonly featureOf: Int32Array;
}

export function buildMatrix(texts: readonly string[], config: FeatureConfig): Matrix {
  const colOf = new Map<number, number>();
  const featureOf: number[] = [];
  const rowPtr = new Int32Array(texts.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const acc = new Map<number, number>();
  texts.forEach((text, r) => {
    acc.clear();
    extractFeatures(text, config, (index, value) => acc.set(index, (acc.get(index) ?? 0) + value));
    const keys = [...acc.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      let c = colOf.get(k);
      if (c === undefined) {
        c = featureOf.length;
        colOf.set(k, c);
        featureOf.push(k);
      }
      cols.push(c);
      vals.push(acc.get(k) ?? 0);
    }
    rowPtr[r + 1] = cols.length;
  });
  return {
    rows: texts.length,
    cols: featureOf.length,
    rowPtr,
    colIdx: Int32Array.from(cols),
    values: Float32Array.from(vals),
    featureOf: Int32Array.from(featureOf),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Weighted L2 logistic regression, L-BFGS

export interface TrainConfig {
  readonly features: FeatureConfig;
  /** L2 strength (objective is the class-weighted mean log-loss + lambda/2 ||w||^2). */
  readonly lambda: number;
  /** Positive-class weight = (negatives / positives) ^ posWeightPower (1 = balanced, 0 = unweighted). */
  readonly posWeightPower: number;
  /** Scale lexical columns by smoothed IDF (computed on the training rows only). */
  readonly idf: boolean;
  /** Lexical columns seen in fewer training sentences than this are dropped. */
  readonly minDf: number;
  /** Column scale of the hand features (relative to lexical ones; acts as a per-group regularisation strength). */
  readonly handScale: number;
  /** Keep only this many lexical weights (largest |w|), 0 = all; the shipped file is pruned the same way. */
  readonly keepTop: number;
  /**
   * Also scale lexical columns by the magnitude of their log-count ratio between the classes (NB-LR, Wang & Manning
   * 2012; counts are sentences containing the feature, plus this smoothing, on the training rows only); 0 = off.
   */
  readonly nb: number;
  /**
   * Bagging by document: 0 = one fit on all training documents; otherwise the average of this many fits, each on a
   * seeded subsample of BAG_FRACTION of the training documents (still one linear model: the weights are averaged).
   */
  readonly bags: number;
  readonly maxIter: number;
}

export interface Trained {
  /** Effective weight per compact column (column scale folded in). */
  readonly weights: Float64Array;
  readonly bias: number;
  /** The optimiser's solution (unscaled weights, bias last): a warm start for a nearby setting on the same rows. */
  readonly raw?: Float64Array;
}

export function columnScales(m: Matrix, labels: Uint8Array, trainRows: Int32Array, cfg: TrainConfig): Float64Array {
  const df = new Float64Array(m.cols);
  const dfPos = new Float64Array(m.cols);
  for (const r of trainRows) {
    const y = labels[r] ?? 0;
    for (let p = m.rowPtr[r] ?? 0; p < (m.rowPtr[r + 1] ?? 0); p++) {
      const c = m.colIdx[p] ?? 0;
      df[c] = (df[c] ?? 0) + 1;
      dfPos[c] = (dfPos[c] ?? 0) + y;
    }
  }
  let sumPos = 0;
  let sumNeg = 0;
  const a = cfg.nb;
  if (a > 0) {
    for (let c = 0; c < m.cols; c++) {
      sumPos += a + (dfPos[c] ?? 0);
      sumNeg += a + (df[c] ?? 0) - (dfPos[c] ?? 0);
    }
  }
  const lexicalEnd = 1 << cfg.features.hashBits;
  const scale = new Float64Array(m.cols);
  const n = trainRows.length;
  for (let c = 0; c < m.cols; c++) {
    const d = df[c] ?? 0;
    if ((m.featureOf[c] ?? 0) >= lexicalEnd) scale[c] = d > 0 ? cfg.handScale : 0; // hand feature
    else if (d < cfg.minDf) scale[c] = 0;
    else {
      scale[c] = cfg.idf ? 1 + Math.log((1 + n) / (1 + d)) : 1;
      if (a > 0) {
        const dp = dfPos[c] ?? 0;
        scale[c] = (scale[c] ?? 0) * Math.abs(Math.log((a + dp) / sumPos) - Math.log((a + d - dp) / sumNeg));
      }
    }
  }
  return scale;
}

export function train(m: Matrix, labels: Uint8Array, trainRows: Int32Array, cfg: TrainConfig, init?: Float64Array): Trained {
  const scale = columnScales(m, labels, trainRows, cfg);
  const nTrain = trainRows.length;
  let pos = 0;
  for (const r of trainRows) pos += labels[r] ?? 0;
  const posWeight = Math.pow((nTrain - pos) / Math.max(1, pos), cfg.posWeightPower);
  const totalWeight = pos * posWeight + (nTrain - pos);
  const dim = m.cols + 1; // last entry = bias
  const { rowPtr, colIdx } = m;
  // Values with their column scale folded in, once, rather than on every pass of the optimiser.
  const values = new Float64Array(m.values.length);
  for (const r of trainRows) {
    for (let p = rowPtr[r] ?? 0, e = rowPtr[r + 1] ?? 0; p < e; p++) values[p] = (m.values[p] ?? 0) * (scale[colIdx[p] ?? 0] ?? 0);
  }

  const z = new Float64Array(nTrain);
  const evaluate = (w: Float64Array, grad: Float64Array): number => {
    const bias = w[m.cols] ?? 0;
    let loss = 0;
    grad.fill(0);
    for (let t = 0; t < nTrain; t++) {
      const r = trainRows[t] ?? 0;
      let s = bias;
      for (let p = rowPtr[r] ?? 0, e = rowPtr[r + 1] ?? 0; p < e; p++) s += (w[colIdx[p] ?? 0] ?? 0) * (values[p] ?? 0);
      z[t] = s;
    }
    for (let t = 0; t < nTrain; t++) {
      const r = trainRows[t] ?? 0;
      const y = labels[r] === 1 ? 1 : -1;
      const cw = (y === 1 ? posWeight : 1) / totalWeight;
      const yz = y * (z[t] ?? 0);
      loss += cw * (yz > 0 ? Math.log1p(Math.exp(-yz)) : -yz + Math.log1p(Math.exp(yz)));
      const g = (-y * cw) / (1 + Math.exp(yz)); // d loss / d z
      grad[m.cols] = (grad[m.cols] ?? 0) + g;
      for (let p = rowPtr[r] ?? 0, e = rowPtr[r + 1] ?? 0; p < e; p++) {
        const c = colIdx[p] ?? 0;
        grad[c] = (grad[c] ?? 0) + g * (values[p] ?? 0);
      }
    }
    let reg = 0;
    for (let c = 0; c < m.cols; c++) {
      const wc = w[c] ?? 0;
      reg += wc * wc;
      grad[c] = (grad[c] ?? 0) + cfg.lambda * wc;
    }
    return loss + 0.5 * cfg.lambda * reg;
  };

  const w = lbfgs(dim, evaluate, cfg.maxIter, init);
  const weights = new Float64Array(m.cols);
  for (let c = 0; c < m.cols; c++) weights[c] = (w[c] ?? 0) * (scale[c] ?? 0);
  if (cfg.keepTop > 0) pruneLexical(m, weights, cfg);
  return { weights, bias: w[m.cols] ?? 0, raw: w };
}

/** Zeroes all but the cfg.keepTop largest-magnitude lexical weights (ties broken by column order). */
export function pruneLexical(m: Matrix, weights: Float64Array, cfg: TrainConfig): void {
  const lexicalEnd = 1 << cfg.features.hashBits;
  const lexical = range(m.cols).filter((c) => (m.featureOf[c] ?? 0) < lexicalEnd && weights[c] !== 0);
  if (lexical.length <= cfg.keepTop) return;
  lexical.sort((a, b) => Math.abs(weights[b] ?? 0) - Math.abs(weights[a] ?? 0) || a - b);
  for (const c of lexical.slice(cfg.keepTop)) weights[c] = 0;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Minimises a smooth convex function with L-BFGS (memory 8, backtracking Armijo line search), from `init` or 0. */
export function lbfgs(
  dim: number,
  f: (w: Float64Array, grad: Float64Array) => number,
  maxIter: number,
  init?: Float64Array,
): Float64Array {
  const M = 8;
  const w = new Float64Array(dim);
  if (init?.length === dim) w.set(init);
  const g = new Float64Array(dim);
  let fx = f(w, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(dim);
  const wNew = new Float64Array(dim);
  const gNew = new Float64Array(dim);
  const alpha = new Float64Array(M);
  for (let iter = 0; iter < maxIter; iter++) {
    // Two-loop recursion: d = -H g
    for (let i = 0; i < dim; i++) d[i] = -(g[i] ?? 0);
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] ?? 0) * dot(S[k] as Float64Array, d);
      alpha[k] = a;
      const y = Y[k] as Float64Array;
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) - a * (y[i] ?? 0);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const yy = dot(Y[last] as Float64Array, Y[last] as Float64Array);
      const gamma = 1 / ((rho[last] ?? 1) * yy);
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) * gamma;
    } else {
      const gn = Math.sqrt(dot(g, g));
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) / Math.max(gn, 1e-12);
    }
    for (let k = 0; k < S.length; k++) {
      const beta = (rho[k] ?? 0) * dot(Y[k] as Float64Array, d);
      const s = S[k] as Float64Array;
      const a = (alpha[k] ?? 0) - beta;
      for (let i = 0; i < dim; i++) d[i] = (d[i] ?? 0) + a * (s[i] ?? 0);
    }
    let slope = dot(g, d);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < dim; i++) d[i] = -(g[i] ?? 0);
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = 0;
    for (let ls = 0; ; ls++) {
      for (let i = 0; i < dim; i++) wNew[i] = (w[i] ?? 0) + step * (d[i] ?? 0);
      fNew = f(wNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope || ls >= 30) break;
      step *= 0.5;
    }
    const s = S.length === M ? (S.shift() as Float64Array) : new Float64Array(dim);
    const y = Y.length === M ? (Y.shift() as Float64Array) : new Float64Array(dim);
    if (rho.length === M) rho.shift();
    for (let i = 0; i < dim; i++) {
      s[i] = (wNew[i] ?? 0) - (w[i] ?? 0);
      y[i] = (gNew[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
    }
    const decrease = fx - fNew;
    w.set(wNew);
    g.set(gNew);
    fx = fNew;
    if (decrease >= 0 && decrease < 1e-7 * Math.max(1, Math.abs(fx))) break;
  }
  return w;
}

export function scoreRows(m: Matrix, model: Trained, rows: Int32Array): number[] {
  const out: number[] = [];
  for (const r of rows) {
    let s = model.bias;
    for (let p = m.rowPtr[r] ?? 0; p < (m.rowPtr[r + 1] ?? 0); p++) {
      s += (model.weights[m.colIdx[p] ?? 0] ?? 0) * (m.values[p] ?? 0);
    }
    out.push(s);
  }
  return out;
}
