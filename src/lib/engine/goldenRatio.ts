/**
 * φ − 1 = 0.618…: the step between the yearly starts of a training rotation (a Weyl
 * sequence, so starts never bunch up). Funding reads it too: how far this year's seminar
 * turns overlap last year's decides what a seminar place is worth.
 */
export const GOLDEN_RATIO_FRACTION = 0.6180339887498949;
