/** Pod 检查器（doctor --watch 和向导的实时 Pod 屏幕）：其按键、视图以及 `kubectl describe pod` 的用语。 */
import type {Catalog} from '../catalog.js';

export const inspector: Catalog['inspector'] = {
	keys: {
		list: '↑↓ Pod · e 事件 · d 描述 · l 日志 · y yaml · enter/esc 完成 · q 退出',
		listWatch: '↑↓ Pod · e 事件 · d 描述 · l 日志 · y yaml · q 退出',
		detail: '↑↓ 滚动 · esc 返回 · q 退出',
		logs: '↑↓ 滚动 · p 上一次运行 · esc 返回 · q 退出',
	},
	views: {
		events: (pod) => `${pod} 的事件`,
		describe: (pod) => `kubectl describe pod ${pod}`,
		logs: (pod) => `kubectl logs ${pod}`,
		previousLogs: (pod) => `kubectl logs ${pod} --previous`,
		yaml: (pod) => `kubectl get pod ${pod} -o yaml`,
	},
	loading: '正在读取…',
	goOn: '前往摘要',
	holdMessage: (count) =>
		count === 1
			? 'Pod 正在运行。可以用上面的按键查看它，或继续：'
			: count === 2
				? '两个 Pod 都在运行。可以用上面的按键查看它们，或继续：'
				: `全部 ${count} 个 Pod 都在运行。可以用上面的按键查看它们，或继续：`,
	gone: (pod) => `Pod ${pod} 已不存在。`,
	noEvents: '没有事件。',
	noLogs: '没有日志行。',
	selected: (pod) => `已选择：${pod}`,
	// kubectl describe pod 的字段名和列标题：按 kubectl 的原样保留。
	describe: {
		name: 'Name:',
		namespace: 'Namespace:',
		serviceAccount: 'Service Account:',
		node: 'Node:',
		startTime: 'Start Time:',
		labels: 'Labels:',
		status: 'Status:',
		ip: 'IP:',
		controlledBy: 'Controlled By:',
		containers: 'Containers:',
		image: 'Image:',
		imageID: 'Image ID:',
		state: 'State:',
		lastState: 'Last State:',
		reason: 'Reason:',
		message: 'Message:',
		exitCode: 'Exit Code:',
		started: 'Started:',
		finished: 'Finished:',
		ready: 'Ready:',
		restartCount: 'Restart Count:',
		conditions: 'Conditions:',
		conditionColumns: ['Type', 'Status'],
		qosClass: 'QoS Class:',
		pullSecrets: 'Image Pull Secrets:',
		events: 'Events:',
		eventColumns: ['Type', 'Reason', 'Age', 'Message'],
		none: '<none>',
	},
};
