/**
 * The pull-secret path for any cluster (seeds 001 nl and 003 zh-CN): the target context and
 * namespace, a registry credential (new or existing service principal, or a repository-scoped
 * token), the docker-registry secret, then the seeds' sample pod, watched until it runs.
 */
import type {Context} from '../../wizard/context.js';
import type {Step} from '../../wizard/engine.js';
import {chooseCredential} from './credential.js';
import {deploySample} from './sample.js';
import {createSecret} from './secret.js';
import {chooseTarget} from './target.js';

/** The path's steps in order: target, credential, secret, sample pod. */
export const pullSecretSteps: ReadonlyArray<Step<Context>> = [chooseTarget, chooseCredential, createSecret, deploySample];
