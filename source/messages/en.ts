/** English messages: the source catalog. Grouped per area so each area's file stays small. */
import {common} from './en/common.js';
import {engine} from './en/engine.js';
import {errors} from './en/errors.js';
import {pods, summary} from './en/outcome.js';
import {prerequisites} from './en/prerequisites.js';

export const en = {common, engine, errors, prerequisites, pods, summary};
