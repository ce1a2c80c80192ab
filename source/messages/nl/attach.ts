/** Berichten van de paden om te koppelen aan en los te koppelen van AKS. */
import type {Catalog} from '../catalog.js';
import {plural} from './intl.js';

export const attach: Catalog['attach'] = {
	noRegistry: 'Er is nog geen register gekozen.',
	noRegistryFix: 'Ga terug naar de registerstap (Esc) en kies of maak er een.',
	noSubscription: 'Er is geen abonnement gekozen, dus er zijn geen clusters om te tonen.',
	cluster: {
		title: 'AKS-cluster',
		question: 'Welk AKS-cluster moet uit het register ophalen?',
		detachQuestion: 'Welk AKS-cluster moet stoppen met ophalen uit het register?',
		hint: (count: number) =>
			count === 0
				? 'Geen AKS-cluster in dit abonnement; geef er een op via zijn resource-id.'
				: plural(count, {one: '1 AKS-cluster in dit abonnement.', other: `${count} AKS-clusters in dit abonnement.`}),
		choiceHint: (group: string, location: string, version: string | undefined) =>
			[group, location, version ? `Kubernetes ${version}` : undefined].filter(Boolean).join(' · '),
		byId: 'Een resource-id opgeven',
		byIdHint: 'een cluster in een andere resourcegroep of een ander abonnement',
		idQuestion: 'Resource-id van het AKS-cluster:',
		idPlaceholder: '/subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name>',
		idInvalid:
			'Dat is geen resource-id van een AKS-cluster. Zo’n id ziet eruit als /subscriptions/<subscription-id>/resourceGroups/<group>/providers/Microsoft.ContainerService/managedClusters/<name> (az aks show --name <naam> --resource-group <groep> --query id -o tsv drukt het af).',
		notChosen: 'Er is nog geen AKS-cluster gekozen.',
		notFoundAt: (id: string) => `Geen AKS-cluster op ${id} dat dit account kan lezen.`,
		notFoundNamed: (name: string) => `Geen AKS-cluster met de naam ${name} dat dit account kan lezen.`,
		notFoundFix: 'az aks list -o table',
		noneHint: (command: string) => `Of maak er een dat meteen gekoppeld is: ${command}`,
	},
	newCluster: {
		choice: 'Een nieuw AKS-cluster maken, gekoppeld aan dit register',
		choiceHint: 'az aks create --attach-acr; duurt enkele minuten',
		groupQuestion: 'Resourcegroep voor het nieuwe cluster:',
		noGroup: 'Er is geen resourcegroep in dit abonnement om het cluster in te maken.',
		noGroupFix: 'az group create --name <groep> --location <locatie>',
		nameQuestion: 'Naam van het nieuwe AKS-cluster:',
		nameHint: '1-63 letters, cijfers, afbreekstreepjes en onderstrepingstekens, beginnend en eindigend met een letter of cijfer',
		nameInvalid:
			'Een AKS-clusternaam heeft 1 tot 63 tekens: letters, cijfers, afbreekstreepjes en onderstrepingstekens, beginnend en eindigend met een letter of cijfer.',
		nameTaken: (name: string, group: string) =>
			`Er bestaat al een AKS-cluster met de naam ${name} in ${group}: geef een andere naam op, of ga terug en kies dat cluster.`,
		locationQuestion: 'Locatie (regio) van het nieuwe cluster:',
		locationInvalid: 'Een locatie is de korte naam in kleine letters, zoals eastus of westeurope (az account list-locations -o table).',
		nodeCountQuestion: 'Hoeveel knooppunten?',
		nodeCountHint: 'Elk knooppunt is een virtuele machine, die in rekening wordt gebracht zolang het cluster bestaat',
		nodeCountInvalid: 'Het aantal knooppunten is een geheel getal van 1 tot 100.',
		vmSizeQuestion: 'VM-grootte van de knooppunten:',
		vmSizeInvalid: 'Een VM-grootte ziet eruit als Standard_DS2_v2 (az vm list-sizes --location <locatie> -o table toont ze).',
		kubeletQuestion: 'Kubelet-identiteit van het nieuwe cluster:',
		kubeletManaged: 'De identiteit die AKS maakt',
		kubeletManagedHint: 'gemaakt met het cluster; de pull-rol wordt verleend zodra hij bestaat',
		kubeletOwn: 'Je eigen identiteit (door de gebruiker toegewezen, eerst gemaakt)',
		kubeletOwnHint:
			'hij bestaat vóór het cluster, dus zijn pull-rol (of lidmaatschap van een Entra-groep) is al toegewezen en wordt van kracht terwijl het cluster wordt gemaakt: geen wachttijd achteraf',
		identitySentence: (name: string, purpose: 'control-plane' | 'kubelet') =>
			purpose === 'kubelet'
				? `De door de gebruiker toegewezen identiteit ${name} maken voor de knooppunten (kubelet)`
				: `De door de gebruiker toegewezen identiteit ${name} maken voor het besturingsvlak`,
		identityCall: (id: string) => `PUT ${id}`,
		identityCreated: (clientId: string) => `client-id ${clientId}`,
		identityUndo: (name: string) => `De door de gebruiker toegewezen identiteit ${name} verwijderen`,
		ownIdentityNote:
			'De kubelet-identiteit wordt eerst gemaakt en krijgt zijn pull-rol vóór het cluster, zodat de toewijzing van kracht wordt terwijl het cluster wordt gemaakt; az aks create laat de identiteit van het besturingsvlak ook de kubelet-identiteit beheren (Managed Identity Operator).',
		pullGroupMissing: (group: string) => `--pull-group ${group}: geen Entra-groep met die naam of object-id (of meer dan één met die naam).`,
		pullGroupMissingFix: (group: string) => `az ad group show --group ${group} toont hem; geef zijn object-id mee aan --pull-group.`,
		pullGroupNoRole: (group: string, registry: string) =>
			`--pull-group ${group}: de groep heeft geen pull-rol op ${registry}, dus een kubelet-identiteit erin zou niet kunnen ophalen.`,
		pullGroupNoRoleFix: (groupId: string, registryId: string) =>
			`Verleen die eerst: az role assignment create --assignee-object-id ${groupId} --assignee-principal-type Group --role AcrPull --scope ${registryId}`,
		groupMemberSentence: (identity: string, group: string, role: string, registry: string) =>
			`De kubelet-identiteit ${identity} toevoegen aan de Entra-groep ${group} (die ${role} heeft op ${registry})`,
		groupMemberAdded: (group: string) => `lid van ${group}`,
		groupMemberAlready: (group: string) => `al lid van ${group}`,
		groupMemberUndo: (identity: string, group: string) => `${identity} verwijderen uit de Entra-groep ${group}`,
		groupNote: (group: string) =>
			`De kubelet-identiteit haalt op via de Entra-groep ${group}: hij wordt aan de groep toegevoegd voordat het cluster wordt gemaakt, zodat het lidmaatschap (dat later van kracht wordt dan een rechtstreekse toewijzing) het register bereikt terwijl het cluster wordt gemaakt.`,
		sentenceGroup: (name: string, group: string, count: number, size: string, location: string) =>
			`Het AKS-cluster ${name} maken (${count} × ${size} in ${location}) met die kubelet-identiteit, die ophaalt via ${group}`,
		createdGroup: (name: string, group: string) => `Cluster ${name} gemaakt; zijn kubelet-identiteit haalt op via ${group}`,
		title: (name: string) => `Het AKS-cluster ${name} maken, gekoppeld aan het register`,
		sentence: (name: string, registry: string, role: string, count: number, size: string, location: string) =>
			`Het AKS-cluster ${name} maken (${count} × ${size} in ${location}) en ${role} op ${registry} verlenen aan zijn kubelet-identiteit`,
		call: (clusterId: string, registryId: string) => `PUT ${clusterId}; PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		costNote: (count: number, size: string) =>
			`Dit maakt ${plural(count, {one: `1 virtuele machine van grootte ${size}, die in rekening wordt gebracht`, other: `${count} virtuele machines van grootte ${size}, die in rekening worden gebracht`})} zolang het cluster bestaat; ongedaan maken verwijdert het cluster (dat wordt apart gevraagd).`,
		durationNote: 'Het maken van een cluster kan enkele minuten duren; de status en de verstreken tijd staan hieronder zolang het loopt.',
		progress: (name: string, status: string, elapsed: string) => `${name} wordt gemaakt… ${status} · ${elapsed}`,
		elapsed: (seconds: number) => (seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min. ${String(seconds % 60).padStart(2, '0')} s`),
		created: (name: string, role: string) => `Cluster ${name} gemaakt; ${role} verleend aan zijn kubelet-identiteit`,
		undoSentence: (name: string) =>
			`Het AKS-cluster ${name} verwijderen (met zijn knooppunten en knooppuntresourcegroep) en de roltoewijzing van zijn kubelet-identiteit`,
		undoConfirm: (name: string) => `Het AKS-cluster ${name} verwijderen, met alles wat erop draait?`,
		undoConfirmHint: 'Het duurste wat deze run heeft gemaakt; een verwijderd cluster is niet terug te halen.',
		undoKept: (command: string) => `Het cluster is bewaard; verwijder het later met: ${command}`,
		forbidden: (registry: string) =>
			`Je kunt geen roltoewijzingen maken op ${registry}, dus er is geen cluster gemaakt: zijn kubelet-identiteit kon de pull-rol niet krijgen. Daarvoor is de rol Owner of User Access Administrator op het register of hoger nodig.`,
		forbiddenFix: (command: string) => `Vraag een beheerder om dit uit te voeren:\n  ${command}\nen kies dat cluster dan hier.`,
	},
	identity: {
		missing: (cluster: string) =>
			`Onverwachte fout bij het ophalen van de kubelet-identiteit van het cluster. Gebruik --attach-acr of --detach-acr niet. Je kunt de identiteit met de naam ${cluster}-agentpool in de MC_-resourcegroep handmatig toegang tot ACR verlenen of ontnemen.`,
		missingFix: 'az aks show --name <cluster> --resource-group <groep> --query identityProfile.kubeletidentity',
		noServicePrincipal: 'De service-principal van het AKS-cluster kan niet worden opgehaald.',
		noServicePrincipalFix: 'az aks show --name <cluster> --resource-group <groep> --query servicePrincipalProfile',
	},
	grant: {
		title: 'Het register aan het cluster koppelen',
		sentence: (registry: string, cluster: string) => `AcrPull op ${registry} verlenen aan de kubelet-identiteit van ${cluster}`,
		sentenceRole: (role: string, registry: string, cluster: string) => `${role} op ${registry} verlenen aan de kubelet-identiteit van ${cluster}`,
		abacNote: (registry: string) =>
			`${registry} gebruikt machtigingen via roltoewijzingen (ABAC): daar telt AcrPull niet, dus koppelen verleent in plaats daarvan Container Registry Repository Reader op het hele register (az aks update --attach-acr zou AcrPull verlenen, en de pods zouden niet kunnen ophalen).`,
		noRoleNamed: (role: string) => `Rol '${role}' bestaat niet.`,
		undoSentenceRole: (role: string, registry: string, cluster: string) => `${role} op ${registry} intrekken bij de kubelet-identiteit van ${cluster}`,
		call: (registryId: string) => `PUT ${registryId}/providers/Microsoft.Authorization/roleAssignments/<new-guid>`,
		granted: (role: string) => `${role} verleend aan de kubelet-identiteit`,
		already: (role: string, scope: string) => `Al verleend: ${role} op ${scope}; niets gemaakt, opnieuw uitvoeren is veilig`,
		nothingToDo: (cluster: string, role: string, registry: string) => `Niets te doen: de kubelet-identiteit van ${cluster} heeft al ${role} op ${registry}.`,
		alreadyNote: (role: string, scope: string) => `De kubelet-identiteit heeft al ${role} op ${scope}: er wordt niets gemaakt, en opnieuw uitvoeren is veilig.`,
		noRole: "Rol 'acrpull' bestaat niet.",
		noRoleFix: 'az role definition list --name AcrPull --scope <register-id>',
		groupNote:
			'AcrPull die via een Microsoft Entra-groep is verleend, kan laat van kracht worden; gebruik voor automatisering je eigen kubelet-identiteit, die je eerst aan de groep toevoegt (az aks create … --assign-kubelet-identity <identiteits-id>).',
		newClusterNote: (command: string) => `Een nieuw cluster kan meteen gekoppeld worden gemaakt (kies dat bij de clustervraag): ${command}`,
		checkNote: (command: string) => `Controleer vanaf de knooppunten: ${command}`,
		otherSubscriptionNote: 'Het register staat in een ander abonnement dan het cluster, dus de opdracht noemt het bij zijn resource-id.',
		undoSentence: (registry: string, cluster: string) => `AcrPull op ${registry} intrekken bij de kubelet-identiteit van ${cluster}`,
		forbidden: (registry: string) =>
			`Je kunt geen roltoewijzingen maken op ${registry}, dus er is niets gewijzigd. Voor het koppelen van een register is de rol Owner, Azure-accountbeheerder, Azure-medebeheerder of User Access Administrator op het register of hoger nodig.`,
		forbiddenFix: (attach: string, assign: string) =>
			`Vraag een beheerder om dit uit te voeren:\n  ${attach}\nof het equivalent:\n  ${assign}\nOf ga terug en gebruik een pull-geheim met een token met opslagplaatsbereik; daarvoor is geen roltoewijzing nodig.`,
	},
	pim: {
		question: (roles: readonly string[]) => `Activeer je in aanmerking komende rol ${roles.join(' of ')} in PIM en kies dan Opnieuw controleren:`,
		activate: (roles: readonly string[], scope: string) =>
			`Je komt in aanmerking voor ${roles.join(' of ')} op ${scope} in Privileged Identity Management (PIM): activeer je in aanmerking komende rol ${roles.join(' of ')} in PIM (Azure-portal › Privileged Identity Management › Mijn rollen › Azure-resources) en kies dan Opnieuw controleren.`,
		recheck: 'Opnieuw controleren',
		recheckHint: 'na het activeren van de rol; het kan een minuut duren voordat de activering werkt',
		stop: 'Hier stoppen',
	},
	verify: {
		waiting: (seconds: number) => `Wachten tot de roltoewijzing van kracht wordt… ${seconds} s`,
		verified: (seconds: number) =>
			`Het register accepteert de kubelet-identiteit voor pulls (tokenuitwisseling, zoals az aks check-acr die vanaf een knooppunt doet)${seconds > 0 ? ` na ${seconds} s` : ''}.`,
		visible: 'De roltoewijzing voor ophalen is zichtbaar; de knooppunten hebben misschien nog een minuut nodig voordat hun pulls worden geaccepteerd.',
		timedOut: (seconds: number, code: string | undefined, command: string) =>
			`Het register weigert de kubelet-identiteit na ${seconds} s nog steeds${code ? ` (${code})` : ''}: nieuwe roltoewijzingen kunnen minuten nodig hebben om van kracht te worden, via een Entra-groep langer. Er wordt toch geïmplementeerd; de pods proberen het zelf opnieuw. Controleer vanaf de knooppunten: ${command}`,
	},
	deploy: {
		credentialsSentence: (cluster: string) => `De gebruikersreferenties van ${cluster} ophalen (in het geheugen bewaard, niet naar ~/.kube/config geschreven)`,
		credentialsCall: (clusterId: string) => `POST ${clusterId}/listClusterUserCredential`,
		credentialsDetail: 'Kubeconfig in het geheugen bewaard',
	},
	detach: {
		title: 'Het register loskoppelen van het cluster',
		sentence: (registry: string, cluster: string, count: number) =>
			count === 1
				? `AcrPull op ${registry} intrekken bij de kubelet-identiteit van ${cluster}`
				: `De ${count} AcrPull-toewijzingen op ${registry} intrekken bij de kubelet-identiteit van ${cluster}`,
		sentenceRoles: (roles: string, registry: string, cluster: string) => `${roles} op ${registry} intrekken bij de kubelet-identiteit van ${cluster}`,
		removed: (count: number) => plural(count, {one: '1 roltoewijzing verwijderd', other: `${count} roltoewijzingen verwijderd`}),
		nothing: (registry: string, cluster: string) =>
			`De kubelet-identiteit van ${cluster} heeft geen AcrPull-toewijzing op ${registry}: er is niets los te koppelen.`,
		nothingAbac: (registry: string, cluster: string) =>
			`De kubelet-identiteit van ${cluster} heeft geen AcrPull en geen Container Registry Repository Reader op ${registry}: er is niets los te koppelen.`,
		remaining: (role: string, scope: string) => `De kubelet-identiteit heeft nog ${role} op ${scope}, dus hij kan na het loskoppelen nog steeds ophalen.`,
		podsNote: 'Pods die al draaien, houden hun installatiekopieën; nieuwe pods (een herstart, opschalen, een nieuw knooppunt) kunnen niet meer ophalen.',
	},
};
