/** Nederlandse berichten: dezelfde vorm als de Engelse catalogus, per gebied één bestand. */
import type {Catalog} from './catalog.js';
import {attach} from './nl/attach.js';
import {common} from './nl/common.js';
import {connectedRegistry} from './nl/connected-registry.js';
import {deploy} from './nl/deploy.js';
import {doctor} from './nl/doctor.js';
import {engine} from './nl/engine.js';
import {errors} from './nl/errors.js';
import {flags} from './nl/flags.js';
import {inspector} from './nl/inspector.js';
import {pods, summary} from './nl/outcome.js';
import {prerequisites} from './nl/prerequisites.js';
import {pullSecret} from './nl/pull-secret.js';
import {record} from './nl/record.js';
import {registry} from './nl/registry.js';

export const nl: Catalog = {
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
