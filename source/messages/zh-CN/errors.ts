/** Azure 和 Kubernetes 错误代码的通俗解释。原始代码始终显示在旁边。 */
import type {Catalog} from '../catalog.js';

export const errors: Catalog['errors'] = {
	toolMissing: (command) => `未安装 ${command}。`,
	cloudMismatch: {
		message: (asked, active) => `--cloud ${asked} 与 az CLI 的活动云（${active}）不同，而向导使用的是后者的登录：其令牌在 ${asked} 中无效。`,
		suggestion: (asked, active) =>
			`将 az 切换到该云并在那里登录：az cloud set --name ${asked} && az login；或者不带 --cloud 运行（或使用 --cloud ${active}）。`,
	},
	sandboxCloudMismatch: {
		message: (asked, plays) => `--cloud ${asked} 与此沙盒模拟的云（${plays}）不同。`,
		suggestion: (asked) => `去掉 --cloud 以按原样使用沙盒，或启动一个模拟 ${asked} 的沙盒：acr-wizard sandbox --cloud ${asked}。`,
	},
	unknownAzCloud: {
		message: (active) => `az CLI 的活动云是 ${active}，向导不认识它：向导支持 AzureCloud、AzureChinaCloud 和 AzureUSGovernment。`,
		suggestion: (active, command) =>
			`将 az 切换到其中之一并在那里登录（${command} && az login，或 AzureChinaCloud、AzureUSGovernment）；对于注册为 ${active} 的 acr-wizard 沙盒，请用 --sandbox <its env file> 加入。`,
	},
	azure: {
		AuthorizationFailed: {
			message: '你的帐户不允许在此处执行此操作。',
			suggestion: '请订阅的所有者或用户访问管理员授予你访问权限，或替你运行显示的命令。',
		},
		RoleAssignmentExists: {message: '该角色分配已存在。', suggestion: '无需操作：访问权限已授予。'},
		MissingSubscriptionRegistration: {
			message: (target) => `该订阅未注册 ${target}。`,
			suggestion: (target) => `az provider register --namespace ${target}`,
		},
		ResourceGroupNotFound: {message: '该资源组不存在。', suggestion: '请选择现有资源组，或在向导中创建一个。'},
		ResourceNotFound: {
			message: '该资源不存在（或你看不到它）。',
			suggestion: '请检查名称和订阅：az resource list --name <name> -o table',
		},
		AlreadyInUse: {message: '该注册表名称已被占用。', suggestion: '请传入其他 --registry-name。'},
		RegistryNameNotAvailable: {message: '该注册表名称已被占用。', suggestion: '请传入其他 --registry-name。'},
		InvalidAuthenticationToken: {message: 'Azure 不接受该登录令牌。', suggestion: 'az login'},
		ExpiredAuthenticationToken: {message: '登录已过期。', suggestion: 'az login'},
		CredentialUnavailable: {message: '没有可用的 Azure 凭据。', suggestion: 'az login'},
		Throttled: {message: 'Azure 当前正在限制请求。', suggestion: '请等待一分钟后重试。'},
		network: {message: '无法访问 Azure。', suggestion: '请检查网络连接（和代理设置），然后重试。'},
		serverError: {
			message: 'Azure 端出现故障（服务器错误）；请求稍后重试可能会成功。',
			suggestion: '几分钟后再次运行 acr-wizard：已创建的内容会被找到并保留，不会重复创建。',
		},
		timeout: {
			message: 'Azure 没有及时响应。',
			suggestion: '请重试；Azure 较慢时，可用 ACR_WIZARD_CALL_TIMEOUT=<seconds> 为每个请求留出更多时间。',
		},
		RegistryQuotaExceeded: {
			message: '该订阅已达到容器注册表的配额。',
			suggestion: '请使用现有注册表（--registry-name <name>），删除不再需要的注册表（az acr delete --name <name>），或申请更多配额。',
		},
		unknown: (code) => `Azure 拒绝了请求（${code}）。`,
		adapter: {
			timeout: (request, seconds) => `${seconds} 秒内 ${request} 没有响应。`,
			leftBehind: (what, undo) => `${what} 被遗留了下来；删除命令：${undo}`,
			registryData: {
				catalog: '其存储库列表',
				repository: (repository) => `${repository} 的标记`,
				image: (repository, tag) => `${repository}:${tag}`,
				signIn: '登录令牌',
				unauthorized: (server, what) => `${server} 不接受用于 ${what} 的凭据：凭据错误、已过期，或没有授予对它的访问权限。`,
				denied: (server, what) => `${server} 拒绝了 ${what}：其防火墙或网络规则不允许此地址访问，或凭据无权读取它。`,
				notFound: (server, what) => `${server} 上没有 ${what}。`,
				throttled: (server) => `${server} 当前正在限制请求；请等待一分钟后重试。`,
				failed: (server, what, status) => `${server} 对 ${what} 返回了 HTTP ${status}。`,
				noEntraToken: (server) => `你的 Azure 登录没有为 ${server} 的数据平面提供令牌。请用 az login 重新登录。`,
			},
		},
		entraCluster: {
			noToken: (serverId, detail) =>
				`此群集使用 Microsoft Entra ID 登录，而你的 Azure 登录没有为其服务器应用程序（${serverId}）提供令牌${detail ? `：${detail}` : '。'}请用 az login 重新登录（如果群集在另一个租户中，请加上 --tenant <the cluster's tenant>）。`,
			timeout: (serverId, seconds) =>
				`此群集使用 Microsoft Entra ID 登录，但 ${seconds} 秒内没有获得其服务器应用程序（${serverId}）的令牌。请检查 az account get-access-token --resource ${serverId}，然后重试。`,
		},
	},
	kube: {
		Forbidden: {message: '群集拒绝你的用户执行此操作。', suggestion: 'kubectl auth can-i --list'},
		Unauthorized: {
			message: '群集不接受你的凭据。',
			suggestion: '请刷新凭据：az aks get-credentials --resource-group <group> --name <cluster>（或使用群集自己的登录方式）',
		},
		NotFound: {message: '该 Kubernetes 对象不存在。', suggestion: 'kubectl get <kind> -A'},
		AlreadyExists: {message: '该 Kubernetes 对象已存在。', suggestion: '请换一个名称，或让向导更新它。'},
		Invalid: {message: '群集以无效为由拒绝了该对象。', suggestion: '请阅读上面的字段错误并修改该值。'},
		network: {message: '无法访问群集。', suggestion: 'kubectl cluster-info'},
		timeout: {
			message: '群集没有及时响应。',
			suggestion: 'kubectl cluster-info；群集较慢时，可用 ACR_WIZARD_CALL_TIMEOUT=<seconds> 为每个请求留出更多时间。',
		},
		serverError: {
			message: '群集的 API 服务器端出现故障（服务器错误）。',
			suggestion: '请检查群集（kubectl get --raw=/readyz），然后再次运行 acr-wizard：已创建的内容会被找到并保留。',
		},
		unknown: (reason) => `群集拒绝了请求（${reason}）。`,
		admission: {
			podSecurityTitle: 'Pod 安全拒绝了这些 Pod',
			podSecurity: (namespace, level, wants) =>
				`命名空间${namespace ? ` ${namespace} ` : ''}强制实施 Pod 安全“${level}”标准（标签 pod-security.kubernetes.io/enforce），而 Pod 不符合：${wants.join('；')}。`,
			podSecurityFix: (namespace, level) =>
				`部署一个符合“${level}”的变体（非 root 映像、受限的 securityContext），或询问群集管理员：kubectl get namespace ${namespace ?? '<namespace>'} --show-labels`,
			quotaTitle: 'ResourceQuota 拒绝了这些 Pod',
			quotaUnspecified: (namespace, quota, missing) =>
				`命名空间${namespace ? ` ${namespace} ` : ''}有 ResourceQuota ${quota}，它要求每个容器声明其资源：${missing.join('；')}。`,
			quotaExceeded: (namespace, quota, requested, used, limited) =>
				`命名空间${namespace ? ` ${namespace} ` : ''}有 ResourceQuota ${quota}，Pod 会超出它：请求 ${requested}，已用 ${used}，限制 ${limited}。`,
			quotaFix: (namespace) =>
				`请在配额范围内设置 requests 和 limits，或申请更多配额：kubectl describe resourcequota --namespace ${namespace ?? '<namespace>'}`,
			policyTitle: '准入策略拒绝了这些 Pod',
			gatekeeper: (namespace, constraints, wants) =>
				`适用于 AKS 的 Azure Policy（Gatekeeper）拒绝了${namespace ? `命名空间 ${namespace} 中的` : ''} Pod：${constraints.map((constraint, index) => `约束 ${constraint}：${wants[index] ?? ''}`).join('；')}。`,
			webhook: (namespace, webhook, message) => `准入 Webhook ${webhook} 拒绝了${namespace ? `命名空间 ${namespace} 中的` : ''} Pod：${message}。`,
			validatingPolicy: (namespace, policy, binding, message) =>
				`ValidatingAdmissionPolicy ${policy}（绑定 ${binding}）拒绝了${namespace ? `命名空间 ${namespace} 中的` : ''} Pod：${message}。`,
			policyFix: (command) => `请让 Pod 符合该策略，或向群集管理员申请豁免；可用 ${command} 查看这些策略`,
		},
		adapter: {
			kubeconfigMissing: (path) =>
				`${path} 处没有 kubeconfig 文件。请用 az aks get-credentials --resource-group <group> --name <cluster> 获取一个，或传入 --kubeconfig <path>。`,
			kubeconfigNoneInList: (files) => `KUBECONFIG 中的文件都不存在（${files}）。请修正 KUBECONFIG，或传入 --kubeconfig <path>。`,
			kubeconfigUnreadable: (path, detail) => `无法读取 kubeconfig ${path}：${detail}`,
			kubeconfigIsDirectory: '它是目录，不是文件',
			contextMissing: (name, available) => `kubeconfig 中没有名为“${name}”的上下文（现有：${available || '无'}）。可用 kubectl config get-contexts 列出它们。`,
			noCurrentContext: 'kubeconfig 没有指定当前上下文。可用 kubectl config use-context <name> 设置一个。',
			timeout: (server, seconds) => `${server} 上的群集在 ${seconds} 秒内没有响应。`,
			refused: (server) => `${server} 上没有任何响应（连接被拒绝）：群集是否在运行？`,
			unknownHost: (server) => `无法解析 ${server} 中的群集地址。`,
			tls: (server, detail) => `与 ${server} 的 TLS 连接失败（${detail}）：kubeconfig 的 certificate-authority 与服务器不匹配。`,
			failed: (server, detail) => `对 ${server} 的请求失败（${detail}）。`,
			unauthorized: (server) => `${server} 上的群集不接受 kubeconfig 的凭据（401 Unauthorized）。`,
			status: (code) => `群集返回了 HTTP ${code}。`,
			watchFailed: (detail) => `观察 Pod 失败：${detail}`,
			kubeloginMissing: (user) =>
				`kubeconfig 的用户 ${user} 通过 kubelogin 使用 Microsoft Entra ID 登录，但此处未安装 kubelogin。请用 az aks install-cli 安装（或从 https://aka.ms/aks/kubelogin 获取），然后重试。`,
			execPluginMissing: (user, command, hint) => `kubeconfig 的用户 ${user} 通过运行 ${command} 获取令牌，但此处未安装它。${hint ? ` ${hint}` : ''}`,
			execPluginTimeout: (command, seconds) =>
				`${command} 在 ${seconds} 秒内没有给出令牌：它可能正在等待一个无法在此显示的登录。请用 az login 登录并运行 kubelogin convert-kubeconfig -l azurecli，然后重试。`,
			tokenRenewalTimeout: (seconds) =>
				`群集的 Microsoft Entra ID 令牌即将过期，但 ${seconds} 秒内没有获得新令牌。请用 az account show 检查你的 Azure 登录，然后重试。`,
			tokenRenewalFailed: (detail) =>
				`群集的 Microsoft Entra ID 令牌即将过期，而你的 Azure 登录没有提供新令牌${detail ? `（${detail}）` : ''}。请用 az login 重新登录，然后重试。`,
		},
	},
};
