/** Messages en français : la même forme que le catalogue anglais, regroupée par domaine comme lui. */
import {attach} from './fr/attach.js';
import {common} from './fr/common.js';
import {connectedRegistry} from './fr/connected-registry.js';
import {deploy} from './fr/deploy.js';
import {doctor} from './fr/doctor.js';
import {engine} from './fr/engine.js';
import {errors} from './fr/errors.js';
import {flags} from './fr/flags.js';
import {inspector} from './fr/inspector.js';
import {pods, summary} from './fr/outcome.js';
import {prerequisites} from './fr/prerequisites.js';
import {pullSecret} from './fr/pull-secret.js';
import {record} from './fr/record.js';
import {registry} from './fr/registry.js';

export const fr = {
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
