/** 计划/确认/执行引擎的消息。 */
import type {Catalog} from '../catalog.js';

export const engine: Catalog['engine'] = {
	confirm: (count) => (count === 1 ? '应用此更改？' : `应用这 ${count} 项更改？`),
	apply: '应用',
	back: '返回',
	planTitle: (title) => `计划：${title}`,
	call: 'API 调用',
	retry: '从失败的操作处重试',
	stop: '在此停止（已完成的保持完成；摘要会列出它们）',
	afterFailure: '接下来做什么？',
	alsoRunning: '同时在运行（所有答案已知，提前开始）：',
	commandStyleKey: (style) => (style === 'az' ? '命令以 az 显示 · c：改为 Azure PowerShell' : '命令以 Azure PowerShell 显示 · c：改为 az'),
	cloudCommands: (cloud, command) => `这些命令适用于 ${cloud}：请先运行 ${command}。`,
};
