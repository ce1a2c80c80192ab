/** AKS 附加和分离路径的消息。 */
import type {Catalog} from '../catalog.js';

export const attach: Catalog['attach'] = {
	noRegistry: '尚未选择注册表。',
	noRegistryFix: '返回注册表步骤（Esc），选择或创建一个注册表。',
	noSubscription: '尚未选择订阅，因此没有可列出的群集。',
	cluster: {
		title: 'AKS 群集',
		question: '哪个 AKS 群集应从该注册表拉取？',
		detachQuestion: '哪个 AKS 群集应停止从该注册表拉取？',
		hint: (count) => (count === 0 ? '此订阅中没有 AKS 群集；请按资源 ID 指定一个。' : `此订阅中有 ${count} 个 AKS 群集。`),
		choiceHint: (group, location, version) => [group, location, version ? `Kubernetes ${version}` : undefined].filter(Boolean).join(' · '),
		byId: '指定资源 ID',
		byIdHint: '位于其他资源组或订阅中的群集',
		idQuestion: 'AKS 群集资源 ID：',
		idPlaceholder: '/subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name>',
		idInvalid:
			'这不是 AKS 群集资源 ID。它的格式为 /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name>（az aks show --name <name> --resource-group <group> --query id -o tsv 会打印它）。',
		notChosen: '尚未选择 AKS 群集。',
		notFoundAt: (id) => `${id} 上没有此帐户可读取的 AKS 群集。`,
		notFoundNamed: (name) => `没有名为 ${name} 且此帐户可读取的 AKS 群集。`,
		notFoundFix: 'az aks list -o table',
		noneHint: (command) => `或者创建一个已附加的群集：${command}`,
	},
	newCluster: {
		choice: '创建附加到此注册表的新 AKS 群集',
		choiceHint: 'az aks create --attach-acr；需要几分钟',
		groupQuestion: '新群集的资源组：',
		noGroup: '此订阅中没有可用于创建群集的资源组。',
		noGroupFix: 'az group create --name <group> --location <location>',
		nameQuestion: '新 AKS 群集名称：',
		nameHint: '1-63 个字母、数字、连字符和下划线，以字母或数字开头和结尾',
		nameInvalid: 'AKS 群集名称为 1 到 63 个字符：字母、数字、连字符和下划线，以字母或数字开头和结尾。',
		nameTaken: (name, group) => `${group} 中已存在名为 ${name} 的 AKS 群集：请换一个名称，或返回并选择该群集。`,
		locationQuestion: '新群集的位置（区域）：',
		locationInvalid: '位置是其小写短名称，例如 eastus 或 westeurope（az account list-locations -o table）。',
		nodeCountQuestion: '需要多少个节点？',
		nodeCountHint: '每个节点都是一台虚拟机，群集存在期间持续计费',
		nodeCountInvalid: '节点数是 1 到 100 之间的整数。',
		vmSizeQuestion: '节点 VM 大小：',
		vmSizeInvalid: 'VM 大小类似 Standard_DS2_v2（az vm list-sizes --location <location> -o table 会列出它们）。',
		kubeletQuestion: '新群集的 kubelet 标识：',
		kubeletManaged: '由 AKS 创建',
		kubeletManagedHint: '随群集一起创建；群集存在后再授予其拉取角色',
		kubeletOwn: '自带标识（用户分配，预先创建）',
		kubeletOwnHint: '它在群集之前就已存在，因此在创建群集期间，其拉取角色（或 Entra 组成员身份）已就位并逐步生效：之后无需等待',
		identitySentence: (name, purpose) => (purpose === 'kubelet' ? `为节点（kubelet）创建用户分配的标识 ${name}` : `为控制平面创建用户分配的标识 ${name}`),
		identityCall: (id) => `PUT ${id}`,
		identityCreated: (clientId) => `客户端 ID ${clientId}`,
		identityUndo: (name) => `删除用户分配的标识 ${name}`,
		ownIdentityNote:
			'kubelet 标识会先创建，并在群集之前被授予拉取角色，因此授权会在创建群集期间生效；az aks create 还会允许控制平面标识管理 kubelet 标识（托管标识操作员）。',
		pullGroupMissing: (group) => `--pull-group ${group}：没有此名称或对象 ID 的 Entra 组（或有多个同名的组）。`,
		pullGroupMissingFix: (group) => `az ad group show --group ${group} 会显示它；请将其对象 ID 传给 --pull-group。`,
		pullGroupNoRole: (group, registry) => `--pull-group ${group}：该组在 ${registry} 上没有拉取角色，因此组中的 kubelet 标识无法拉取。`,
		pullGroupNoRoleFix: (groupId, registryId) =>
			`请先授予：az role assignment create --assignee-object-id ${groupId} --assignee-principal-type Group --role AcrPull --scope ${registryId}`,
		groupMemberSentence: (identity, group, role, registry) => `将 kubelet 标识 ${identity} 加入 Entra 组 ${group}（该组拥有 ${registry} 上的 ${role}）`,
		groupMemberAdded: (group) => `已加入 ${group}`,
		groupMemberAlready: (group) => `已经是 ${group} 的成员`,
		groupMemberUndo: (identity, group) => `将 ${identity} 从 Entra 组 ${group} 中删除`,
		groupNote: (group) =>
			`kubelet 标识通过 Entra 组 ${group} 拉取：它会在创建群集之前加入该组，因此这一成员身份（生效比直接授权更慢）会在创建群集期间传播到注册表。`,
		sentenceGroup: (name, group, count, size, location) =>
			`创建 AKS 群集 ${name}（${count} × ${size}，位于 ${location}），使用该 kubelet 标识，它通过 ${group} 拉取`,
		createdGroup: (name, group) => `已创建群集 ${name}；其 kubelet 标识通过 ${group} 拉取`,
		title: (name) => `创建 AKS 群集 ${name}，并附加到注册表`,
		sentence: (name, registry, role, count, size, location) =>
			`创建 AKS 群集 ${name}（${count} × ${size}，位于 ${location}），并将 ${registry} 上的 ${role} 授予其 kubelet 标识`,
		call: (clusterId, registryId) => `PUT ${clusterId}; PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		costNote: (count, size) => `这会创建 ${count} 台 ${size} 大小的虚拟机，群集存在期间持续计费；撤消会删除该群集（会单独询问）。`,
		durationNote: '创建群集可能需要几分钟；运行期间，其状态和已用时间显示在下方。',
		progress: (name, status, elapsed) => `正在创建 ${name}… ${status} · ${elapsed}`,
		elapsed: (seconds) => (seconds < 60 ? `${seconds} 秒` : `${Math.floor(seconds / 60)} 分 ${String(seconds % 60).padStart(2, '0')} 秒`),
		created: (name, role) => `已创建群集 ${name}；已将 ${role} 授予其 kubelet 标识`,
		undoSentence: (name) => `删除 AKS 群集 ${name}（其节点和节点资源组）及其 kubelet 标识的角色分配`,
		undoConfirm: (name) => `删除 AKS 群集 ${name} 以及其上运行的一切？`,
		undoConfirmHint: '这是此次运行创建的最昂贵的资源；群集删除后无法恢复。',
		undoKept: (command) => `已保留群集；稍后可用以下命令删除：${command}`,
		forbidden: (registry) =>
			`你无法在 ${registry} 上创建角色分配，因此没有创建群集：无法为其 kubelet 标识授予拉取角色。这需要注册表或更高范围上的所有者或用户访问管理员角色。`,
		forbiddenFix: (command) => `请管理员运行：\n  ${command}\n然后在此处选择该群集。`,
	},
	identity: {
		missing: (cluster) =>
			`获取群集的 kubelet 标识时发生意外错误。请不要设置 --attach-acr 或 --detach-acr。你可以手动为 MC_ 资源组中名为 ${cluster}-agentpool 的标识授予或撤消访问 ACR 的权限。`,
		missingFix: 'az aks show --name <cluster> --resource-group <group> --query identityProfile.kubeletidentity',
		noServicePrincipal: '无法获取 AKS 群集的服务主体。',
		noServicePrincipalFix: 'az aks show --name <cluster> --resource-group <group> --query servicePrincipalProfile',
	},
	grant: {
		title: '将注册表附加到群集',
		sentence: (registry, cluster) => `将 ${registry} 上的 AcrPull 授予 ${cluster} 的 kubelet 标识`,
		sentenceRole: (role, registry, cluster) => `将 ${registry} 上的 ${role} 授予 ${cluster} 的 kubelet 标识`,
		abacNote: (registry) =>
			`${registry} 使用基于角色分配（ABAC）的权限：在那里 AcrPull 不起作用，因此附加会改为在整个注册表上授予 Container Registry Repository Reader（az aks update --attach-acr 会授予 AcrPull，Pod 将无法拉取）。`,
		noRoleNamed: (role) => `角色“${role}”不存在。`,
		undoSentenceRole: (role, registry, cluster) => `从 ${cluster} 的 kubelet 标识删除 ${registry} 上的 ${role}`,
		nothingToDo: (cluster, role, registry) => `无需操作：${cluster} 的 kubelet 标识已拥有 ${registry} 上的 ${role}。`,
		call: (registryId) => `PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		granted: (role) => `已将 ${role} 授予 kubelet 标识`,
		already: (role, scope) => `已授予：${scope} 上的 ${role}；未创建任何内容，可安全地重新运行`,
		alreadyNote: (role, scope) => `kubelet 标识已拥有 ${scope} 上的 ${role}：不会创建任何内容，可安全地重新运行。`,
		noRole: '角色“acrpull”不存在。',
		noRoleFix: 'az role definition list --name AcrPull --scope <registry id>',
		groupNote:
			'通过 Microsoft Entra 组授予的 AcrPull 可能延迟生效；对于自动化，请自带 kubelet 标识，并预先将其加入该组（az aks create … --assign-kubelet-identity <identity id>）。',
		newClusterNote: (command) => `也可以创建一个已附加的新群集（在群集问题中选择它）：${command}`,
		checkNote: (command) => `从节点检查：${command}`,
		otherSubscriptionNote: '注册表与群集位于不同的订阅中，因此命令按资源 ID 指定注册表。',
		undoSentence: (registry, cluster) => `从 ${cluster} 的 kubelet 标识删除 ${registry} 上的 AcrPull`,
		forbidden: (registry) =>
			`你无法在 ${registry} 上创建角色分配，因此没有做任何更改。附加注册表需要注册表或更高范围上的所有者、Azure 帐户管理员、Azure 共同管理员或用户访问管理员角色。`,
		forbiddenFix: (attach, assign) =>
			`请管理员运行：\n  ${attach}\n或等效命令：\n  ${assign}\n或者返回，改用带存储库范围令牌的映像拉取机密，它不需要角色分配。`,
	},
	pim: {
		question: (roles) => `请在 PIM 中激活你符合条件的 ${roles.join(' 或 ')} 角色，然后选择“重新检查”：`,
		activate: (roles, scope) =>
			`你在 Privileged Identity Management（PIM）中符合 ${scope} 上 ${roles.join(' 或 ')} 的条件：请在 PIM 中激活你符合条件的 ${roles.join(' 或 ')} 角色（Azure 门户 › Privileged Identity Management › 我的角色 › Azure 资源），然后选择“重新检查”。`,
		recheck: '重新检查',
		recheckHint: '在激活角色之后；激活可能需要一分钟才能生效',
		stop: '在此停止',
	},
	verify: {
		waiting: (seconds) => `正在等待角色分配生效… ${seconds} 秒`,
		verified: (seconds) => `注册表接受 kubelet 标识的拉取（令牌交换，与 az aks check-acr 从节点所做的一样）${seconds > 0 ? `，用时 ${seconds} 秒` : ''}。`,
		visible: '拉取角色分配已可见；节点的拉取可能还需要一分钟才会被接受。',
		timedOut: (seconds, code, command) =>
			`${seconds} 秒后注册表仍拒绝 kubelet 标识${code ? `（${code}）` : ''}：新的角色分配可能需要几分钟才能生效，通过 Entra 组则更久。仍将继续部署；Pod 会自行重试。从节点检查：${command}`,
	},
	deploy: {
		credentialsSentence: (cluster) => `获取 ${cluster} 的用户凭据（保存在内存中，不写入 ~/.kube/config）`,
		credentialsCall: (clusterId) => `POST ${clusterId}/listClusterUserCredential`,
		credentialsDetail: 'kubeconfig 保存在内存中',
	},
	detach: {
		title: '从群集分离注册表',
		sentence: (registry, cluster, count) =>
			count === 1
				? `从 ${cluster} 的 kubelet 标识删除 ${registry} 上的 AcrPull`
				: `从 ${cluster} 的 kubelet 标识删除 ${registry} 上的 ${count} 个 AcrPull 分配`,
		sentenceRoles: (roles, registry, cluster) => `从 ${cluster} 的 kubelet 标识删除 ${registry} 上的 ${roles}`,
		removed: (count) => `已删除 ${count} 个角色分配`,
		nothing: (registry, cluster) => `${cluster} 的 kubelet 标识在 ${registry} 上没有 AcrPull 分配：无需分离。`,
		nothingAbac: (registry, cluster) => `${cluster} 的 kubelet 标识在 ${registry} 上既没有 AcrPull，也没有 Container Registry Repository Reader：无需分离。`,
		remaining: (role, scope) => `kubelet 标识仍拥有 ${scope} 上的 ${role}，因此分离后它仍可拉取。`,
		podsNote: '已在运行的 Pod 会保留其映像；新的 Pod（重启、扩容、新节点）将无法拉取。',
	},
};
