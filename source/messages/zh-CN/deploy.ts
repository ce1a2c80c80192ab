/** 示例部署、实时 Pod 状态、诊断、摘要和撤消的消息。 */
import type {Catalog} from '../catalog.js';

export const deploy: Catalog['deploy'] = {
	planTitle: '部署示例',
	sentence: (kind, name, replicas, image, namespace) =>
		kind === 'Deployment' ? `在命名空间 ${namespace} 中部署 ${name}（${replicas} 个 ${image} 副本）` : `在命名空间 ${namespace} 中运行 Pod ${name}（${image}）`,
	undoSentence: (kind, name, namespace) => `删除命名空间 ${namespace} 中的 ${kind} ${name}`,
	updated: '它已存在；已更新为此规范（之后不会撤消）',
	confirm: '应用此部署？',
	apply: '应用',
	showYaml: '显示 YAML',
	hideYaml: '隐藏 YAML',
	back: '返回',
	watching: (selector, namespace) => `正在观察命名空间 ${namespace} 中的 Pod（${selector}）…`,
	allRunning: (count) => (count === 1 ? 'Pod 正在运行。' : count === 2 ? '两个 Pod 都在运行。' : `全部 ${count} 个 Pod 都在运行。`),
	podSecurity: {
		question: (namespace) => `命名空间 ${namespace} 强制实施 Pod 安全“restricted”，它会拒绝文档示例中的 nginx（以 root 运行）。要部署哪个示例？`,
		hint: '在部署任何内容之前，从命名空间标签 pod-security.kubernetes.io/enforce 读取。',
		variant: '符合“restricted”的变体',
		variantHint: (image, port) => `${image}，端口 ${port}，非 root，禁止权限提升，删除所有能力，RuntimeDefault seccomp，设置 requests 和 limits`,
		seeds: '原样使用文档示例中的 nginx',
		seedsHint: '群集会拒绝其 Pod；之后向导会说明原因',
	},
	question: {
		message: 'Pod 无法拉取其映像。接下来做什么？',
		refused: '群集拒绝创建 Pod。接下来做什么？',
		again: 'Pod 仍然失败。接下来做什么？',
		fix: '立即修复',
		fixAgain: '再次尝试修复',
		watch: '继续观察',
		watchHint: '表格保持实时更新；如果再次失败会再次询问',
		restart: '立即重启 Pod',
		restartHint: '部署会立即重新创建它们，无需等待退避结束',
		leave: '保持 Pod 现状',
		leaveHint: '停止观察，继续到摘要',
	},
	diagnosisNotice: (title, explanation, code) => `(x) ${title}${code ? ` (${code})` : ''}：${explanation}`,
	fixNotice: (fix) => `    修复：${fix}`,
	restart: {
		title: '重启 Pod',
		sentence: (name, namespace) => `删除命名空间 ${namespace} 中 ${name} 的 Pod，使其重新创建并立即再次拉取`,
	},
	left: '已停止观察；Pod 保持原样。',
	restarted: '已删除 Pod；部署正在重新创建它们，它们现在会再次拉取。',
	fixApplied: '已应用修复；正在观察 Pod 恢复（kubelet 会以最长 5 分钟的退避重试）。',
	diagnosis: {
		refused: {
			title: '群集拒绝创建 Pod',
			explanation: (namespace, message) => `${namespace} 中的 Deployment 没有创建任何 Pod：API 服务器拒绝了每一个（${message}）。`,
		},
		noPullPermission: {
			title: '没有从注册表拉取的权限',
			attach: (registry, cluster) => `注册表以 401 Unauthorized 拒绝了拉取：${cluster} 的 kubelet 标识在 ${registry} 上没有 AcrPull。`,
			attachPending: (role, registry, cluster) =>
				`注册表以 401 Unauthorized 拒绝了拉取，尽管 ${cluster} 的 kubelet 标识已被授予 ${registry} 上的 ${role}：该角色分配尚未生效（新的角色分配可能需要几分钟，通过 Entra 组则更久）。Pod 会自行重试：请继续观察，并用下面的命令从节点上检查。`,
			anonymous: (registry, loginServer) =>
				`注册表 ${registry} 以 401 Unauthorized 拒绝了拉取，且未发送任何凭据：Pod 没有适用于 ${loginServer} 的拉取机密（不在 imagePullSecrets 中，或其服务器不是 ${loginServer}）。`,
		},
		badCredentials: {
			title: '注册表拒绝了凭据',
			explanation: (secret, registry) =>
				`注册表 ${registry} 拒绝了 ${secret} 中的凭据（401 Unauthorized）：密码错误或已过期、服务主体或令牌已删除，或者服务主体没有 AcrPull。`,
		},
		tokenScope: {
			title: '令牌不能读取此存储库',
			explanation: (repository, registry) =>
				`凭据已被接受，但其在 ${registry} 上的范围映射不允许对存储库 ${repository} 执行 content/read（insufficient_scope）。`,
		},
		imageNotFound: {
			title: '映像或标记不存在',
			explanation: (image, registry, repository) =>
				`在 ${registry} 中找不到 ${image}。查看有哪些标记：az acr repository show-tags --name ${registry} --repository ${repository}`,
		},
		wrongLoginServer: {
			title: '映像没有使用注册表的登录服务器',
			explanation: (host, loginServer) => `映像指向 ${host}，而注册表的登录服务器是 ${loginServer}。`,
			noSuchHost: (host, loginServer) => `主机 ${host} 不存在（“no such host”）。注册表的登录服务器是 ${loginServer}。`,
			fix: (image) => `使用映像 ${image}`,
		},
		secretNotFound: {
			title: '拉取机密不在此命名空间中',
			explanation: (secret, namespace) =>
				`Pod 引用了拉取机密 ${secret}，但命名空间 ${namespace} 中没有同名机密（机密只属于一个命名空间；它可能创建在了另一个命名空间中）。`,
		},
		unknown: {
			title: '无法拉取映像',
			explanation: (message) => message,
		},
	},
	summary: {
		question: '接下来做什么？',
		finish: '完成',
		undo: (count) => `撤消所做的 ${count} 项更改`,
		watch: '可在另一个终端中观察 Pod：',
		undoHint: '先显示计划；每次撤消也会记入日志',
		script: '等效命令，无需向导即可再次运行：',
		scriptPowerShell: '使用 Azure PowerShell 的等效命令（Az 模块 5.9.0 或更高版本）：',
		scriptNote: '机密显示为占位符；它们从未被写下。',
		createNote: '对于新群集，请改为在创建时附加注册表：',
	},
	screen: {
		podsTitle: (namespace) => `命名空间 ${namespace} 中的 Pod`,
		columns: {name: '名称', ready: '就绪', status: '状态', restarts: '重启次数', age: '时长'},
		eventsOf: (pod) => `${pod} 的事件：`,
		times: (count) => ` (x${count})`,
		morePods: (hidden, total, notUp) => `… 另有 ${hidden} 个未显示（共 ${total} 个 Pod，${notUp} 个未运行就绪）`,
		podLine: (name, ready, status) => `    Pod ${name} ${ready} ${status}`,
		undone: '已撤消',
		unchanged: '已就位',
		failed: '失败',
	},
	undo: {
		planTitle: '撤消更改',
		alreadyGone: '已不存在；无需撤消',
		registryNote: (name) => `注册表 ${name} 由向导创建：撤消会将其连同其中的所有映像（包括之后推送的映像）一起删除。此操作无法撤消。`,
		unknownKind: (kind) => `不知道如何撤消“${kind}”；请手动撤消。`,
		missingParam: (kind, name) => `日志中撤消“${kind}”缺少“${name}”；请手动撤消。`,
	},
};
