// Public API of the check-worthiness scorer.

export { scoreSentence, scoreSentences, scoreSentenceWith } from "./scorer";
export { shippedModelInfo } from "./shippedModel";
export { averagePrecision, meanAveragePrecision } from "./averagePrecision";
export type { CheckWorthinessModel } from "./weightsFile";
