/** Pod 和摘要屏幕的消息。 */
import type {Catalog} from '../catalog.js';

export const pods: Catalog['pods'] = {
	none: '还没有 Pod。',
};

export const summary: Catalog['summary'] = {
	title: '摘要',
	nothing: '没有做任何更改。',
	undo: '撤消方法：',
};
