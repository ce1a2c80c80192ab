/**
 * Every test process (and every CLI it starts) records runs into a temporary state directory,
 * never the real home: XDG_STATE_HOME points at one made for this worker, removed at its end.
 */
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll} from 'vitest';

const stateHome = mkdtempSync(join(tmpdir(), 'acr-wizard-state-'));
process.env['XDG_STATE_HOME'] = stateHome;
afterAll(() => rmSync(stateHome, {recursive: true, force: true}));
