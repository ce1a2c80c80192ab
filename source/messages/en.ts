/** English messages: the source catalog. Grouped per area so each area's file stays small. */
import {attach} from './en/attach.js';
import {common} from './en/common.js';
import {connectedRegistry} from './en/connected-registry.js';
import {deploy} from './en/deploy.js';
import {doctor} from './en/doctor.js';
import {engine} from './en/engine.js';
import {errors} from './en/errors.js';
import {flags} from './en/flags.js';
import {inspector} from './en/inspector.js';
import {pods, summary} from './en/outcome.js';
import {prerequisites} from './en/prerequisites.js';
import {pullSecret} from './en/pull-secret.js';
import {record} from './en/record.js';
import {registry} from './en/registry.js';

export const en = {
	common,
	engine,
	errors,
	flags,
	prerequisites,
	pods,
	summary,
	registry,
	attach,
	pullSecret,
	deploy,
	connectedRegistry,
	record,
	doctor,
	inspector,
};
