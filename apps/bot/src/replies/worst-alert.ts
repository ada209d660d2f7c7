import type { AlertColour } from '../data/shapes.js';

/** The colour of a set of projects for a card header: red when any is red, else amber when any is amber. */
export function worstAlert(counts: Readonly<Record<AlertColour, number>>): AlertColour {
  return counts.red > 0 ? 'red' : counts.amber > 0 ? 'amber' : 'green';
}
