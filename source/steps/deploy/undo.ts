/** Undo of what the deploy step makes: the sample Deployment or Pod, when this run created it. */
import {clusterOf, type UndoHandlers} from '../shared/undo-kit.js';

export const deployUndo: UndoHandlers<'delete-workload'> = {
	'delete-workload': {
		run: async (context, {params}) => (await clusterOf(context, params)).deleteWorkload(params.kind, params.namespace, params.name),
		call: ({params}) =>
			params.kind === 'Pod'
				? `DELETE /api/v1/namespaces/${params.namespace}/pods/${params.name}`
				: `DELETE /apis/apps/v1/namespaces/${params.namespace}/deployments/${params.name}`,
	},
};
