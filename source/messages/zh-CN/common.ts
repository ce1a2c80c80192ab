/** 各屏幕共用的消息。 */
import type {Catalog} from '../catalog.js';

export const common: Catalog['common'] = {
	pathTitle: '所选的群集访问方式',
	keys: '↑↓ 移动 · enter 选择 · esc 返回 · q 退出',
	keysMultiple: '↑↓ 移动 · space 勾选 · enter 确认 · esc 返回 · q 退出',
	keysText: 'enter 确认 · esc 返回 · ctrl+c 退出',
	status: {ok: '✓', warn: '!', fail: 'x', skipped: '-', pending: '·', running: '…'},
	fix: '修复：',
	nodeTooOld: (version, needed) =>
		`acr-wizard 需要 Node.js ${needed} 或更高版本；当前是 Node.js ${version}。请安装 Node.js ${needed}（或用更新的 node 运行它），然后重试。`,
	code: (code) => `(${code})`,
	enterFor: (value) => `（按 enter 使用 ${value}）`,
	example: (value) => `例如 ${value}`,
	typeYourOwn: (value) => `请输入你自己的值，例如 ${value}，然后按 enter。`,
	back: '返回',
	quit: '退出',
	yes: '是',
	no: '否',
	replication: {
		principal: (attempt, tries) => `正在等待目录显示新的服务主体（第 ${attempt}/${tries} 次尝试；新对象可能需要几分钟才能完成复制）…`,
		assignment: (attempt, tries) => `正在等待目录向 Azure 角色分配显示该主体（第 ${attempt}/${tries} 次尝试；新对象可能需要几分钟才能完成复制）…`,
	},
	welcome: {
		title: '欢迎使用 acr-wizard',
		intro:
			'此向导让 Kubernetes 群集可以访问 Azure 容器注册表，部署一个示例并观察它运行。每项更改都会先展示出来，并附上等效的 az 或 kubectl 命令，只有在你确认后才会执行。',
		pathsTitle: '有三种方式：',
		paths: [
			{name: '附加到 AKS', detail: '将 AcrPull 授予群集的 kubelet 标识（az aks update --attach-acr）'},
			{name: '拉取机密，适用于任何群集', detail: 'kind、minikube 或任何 kubeconfig 上下文：将服务主体或存储库范围的令牌放入映像拉取机密'},
			{name: 'Arc 上的已连接注册表', detail: '在已启用 Arc 的群集中运行 ACR 已连接注册表，通过 clusterIP 提供服务'},
		],
		sandboxStarting: '沙盒：正在启动本地 Azure 和 Kubernetes 模拟器…',
		sandboxWatch: (kubeconfigPath, context) =>
			`可在另一个终端中观察它的 Pod：KUBECONFIG=${kubeconfigPath} kubectl get pods -A -w${context ? ` --context ${context}` : ''}`,
		sandbox: (endpoint) => `沙盒：正在与 ${endpoint} 上的本地模拟器通信；不会访问 Azure。`,
		sandboxPlays: (cloud, suffix) => `它模拟 ${cloud}：注册表为 <name>${suffix}，使用该云的区域和主机名。`,
		cloud: (cloud, endpoint, suffix) => `云：${cloud}（${endpoint}）；注册表为 <name>${suffix}。`,
		questionStart: '准备好开始了吗？',
		choiceStart: '检查先决条件',
	},
	notTty: 'acr-wizard 需要交互式终端（能够移动光标的终端，不能是 TERM=dumb）。',
	notTtySuggestion: '请在终端中运行，或传入 --yes 以采用默认值（没有默认值的答案请用标志提供）。',
	cancelled: '已取消。没有做其他更改。',
	stoppedStanding: (count) => `已停止。此次运行所做的 ${count} 项更改仍然保留：`,
	stoppedNothing: '此次运行所做的更改都没有保留。',
	standingUndo: (command) => `删除命令：${command}`,
	stopping: '将在当前操作完成后停止…（再按一次 Ctrl+C 立即停止）',
	goingRound: (message, count) => `非交互式运行已回答“${message}”${count} 次，但没有任何进展。`,
	goingRoundSuggestion: '请在终端中运行，看看它反复询问的是什么，或者传入回答该问题的标志。',
	promptRequired: (message, flag) => (flag ? `非交互式运行中没有“${message}”的答案。` : `“${message}”需要回答，但此次运行无法询问。`),
	defaultRefused: (message, value, problem) => `${message} 无法使用默认值 ${value}：${problem}`,
	promptRequiredSuggestion: (flag) =>
		flag === undefined
			? '请在终端中运行 acr-wizard。'
			: flag.endsWith('-stdin')
				? `用 ${flag} 通过管道传入：printf %s "$SECRET" | acr-wizard … ${flag}`
				: `传入 ${flag} <value>。`,
	usingDefault: (message, value) => `${message} ${value}（默认值，非交互式）`,
	usingFlag: (message, value, flag) => `${message} ${value}（来自 ${flag}）`,
	invalidChoice: (flag, value, allowed) => `${flag} ${value} 不是以下值之一：${allowed.join(', ')}。`,
	anotherValue: (flag) => `请为 ${flag} 传入其他值。`,
	masked: '••••••••',
};
