/** 简体中文消息：与英文目录逐一对应，每个领域一个文件。 */
import type {Catalog} from './catalog.js';
import {attach} from './zh-CN/attach.js';
import {common} from './zh-CN/common.js';
import {connectedRegistry} from './zh-CN/connected-registry.js';
import {deploy} from './zh-CN/deploy.js';
import {doctor} from './zh-CN/doctor.js';
import {engine} from './zh-CN/engine.js';
import {errors} from './zh-CN/errors.js';
import {flags} from './zh-CN/flags.js';
import {inspector} from './zh-CN/inspector.js';
import {pods, summary} from './zh-CN/outcome.js';
import {prerequisites} from './zh-CN/prerequisites.js';
import {pullSecret} from './zh-CN/pull-secret.js';
import {record} from './zh-CN/record.js';
import {registry} from './zh-CN/registry.js';

export const zhCN: Catalog = {
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
