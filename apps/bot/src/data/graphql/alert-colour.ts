import type { AlertColour as ApiAlertColour } from '@jixiao/contract';
import type { AlertColour } from '../shapes.js';

const RANK: Readonly<Record<AlertColour, number>> = { green: 0, amber: 1, red: 2 };

/**
 * The bot speaks of red, amber and green only. The API's blue (an indicator far ahead of plan) is no lag, and a
 * project with nothing received has no execution alert at all: both read as green, "no warning to act on".
 */
export function botAlertColour(colour: ApiAlertColour | null | undefined): AlertColour {
  return colour === 'red' || colour === 'amber' ? colour : 'green';
}

/** The most urgent of several colours (双监控: execution and targets together). */
export function worstColour(colours: readonly AlertColour[]): AlertColour {
  return colours.reduce<AlertColour>((worst, colour) => (RANK[colour] > RANK[worst] ? colour : worst), 'green');
}
