/**
 * A line's stage directions as short sentences for the dialogue history, so that
 * every player, and a screen reader first, gets the body language and the distance
 * that the stage draws. Sounds and ambiences are left to the audio: they are not written.
 */
import { DISTANCES, type StageDirection } from '../engine/index.ts';
import type { UiStrings } from './strings.ts';

/** The sentences for one line's directions, in the order the author wrote them. */
export function describeDirections(
  directions: readonly StageDirection[],
  strings: UiStrings,
  characterName: string,
): string[] {
  const name = characterName.trim();
  const subject = name === '' ? strings.stage.someone : name;
  const object = name === '' ? strings.stage.someoneWithin : name;
  // When the person stepped back, "you step back" would be false: the distance is then told as it is.
  const personMovedAway = directions.some((direction) => direction.type === 'cue' && direction.cue === 'steps_back');
  const sentences: string[] = [];
  for (const direction of directions) {
    switch (direction.type) {
      case 'cue':
        sentences.push(strings.stage.cues[direction.cue](subject));
        break;
      case 'moment':
        sentences.push(strings.stage.moments[direction.moment](subject));
        break;
      case 'visit':
        sentences.push(strings.stage.visit(direction.visit));
        break;
      case 'distance': {
        const closer = DISTANCES.indexOf(direction.to) > DISTANCES.indexOf(direction.from);
        if (direction.to === direction.from) break;
        if (closer && direction.to !== 'far') sentences.push(strings.stage.closer[direction.to](object));
        else if (!closer && !personMovedAway && direction.to !== 'close') {
          sentences.push(strings.stage.farther[direction.to](object));
        } else sentences.push(strings.stage.now[direction.to](object));
        break;
      }
      case 'sound':
      case 'ambience':
        break;
    }
  }
  return sentences;
}
