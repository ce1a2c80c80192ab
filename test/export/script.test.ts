/** The exported scripts, exactly: run.sh and run.ps1 from the same actions, secrets only as variables. */
import {describe, expect, test} from 'vitest';
import {bashScript, exportFiles, powerShellOf, powerShellScript, variablesFromEnvironment} from '../../source/export/script.js';
import type {PlannedAction} from '../../source/wizard/types.js';

const actions: PlannedAction[] = [
	{
		id: 'attach',
		sentence: 'Grant AcrPull on myregistry to the kubelet identity of myAKSCluster',
		command: 'az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry',
		powershell: 'Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry',
		call: 'PUT …/roleAssignments/1',
	},
	{
		id: 'secret',
		sentence: 'Create the docker-registry secret acr-secret in default',
		command:
			'kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io --docker-username=33333333-0000-0000-0000-000000000101 --docker-password="$SP_PASSWORD"',
		call: 'POST /api/v1/namespaces/default/secrets',
	},
	{
		id: 'token',
		sentence: 'Generate password1 of mytoken',
		command: `TOKEN_PASSWORD=$(az acr token credential generate --name mytoken --registry myregistry --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv)`,
		call: 'POST …/generateCredentials',
	},
	{
		id: 'deploy',
		sentence: 'Deploy nginx0-deployment',
		command: 'kubectl apply -f acr-nginx.yaml',
		call: 'POST /apis/apps/v1/namespaces/default/deployments',
		files: [{name: 'acr-nginx.yaml', content: 'apiVersion: apps/v1\nkind: Deployment\n'}],
	},
];

describe('the exported scripts', () => {
	test('run.sh: bash that stops at the first failure, checks the password it must be given, then each command under its sentence', () => {
		expect(bashScript(actions)).toBe(`#!/usr/bin/env bash
# The changes of an acr-wizard run, as the commands it showed. No secret is written here.
# Run it with: bash run.sh (signed in with az login, kubectl pointed at the cluster).
set -euo pipefail
cd "$(dirname "$0")"
# What the commands write (protected-settings-extension.json holds a password) is readable by you only.
umask 077
: "\${SP_PASSWORD:?Set SP_PASSWORD in the environment first: it is a password, never written into this script.}"

# Grant AcrPull on myregistry to the kubelet identity of myAKSCluster
az aks update --name myAKSCluster --resource-group myResourceGroup --attach-acr myregistry

# Create the docker-registry secret acr-secret in default
kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io --docker-username=33333333-0000-0000-0000-000000000101 --docker-password="$SP_PASSWORD"

# Generate password1 of mytoken
TOKEN_PASSWORD=$(az acr token credential generate --name mytoken --registry myregistry --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv)

# Deploy nginx0-deployment
kubectl apply -f acr-nginx.yaml
`);
	});

	test('run.ps1: the Az cmdlet where the action has one, the same az or kubectl command elsewhere, variables as PowerShell assigns them', () => {
		expect(powerShellScript(actions)).toBe(`# The changes of an acr-wizard run, as the commands it showed. No secret is written here.
# Run it with: pwsh ./run.ps1 (PowerShell 7.3 or later, the Az module signed in with Connect-AzAccount, az and kubectl on PATH).
$ErrorActionPreference = 'Stop'
$PSNativeCommandUseErrorActionPreference = $true
Set-Location -Path $PSScriptRoot
if (-not $env:SP_PASSWORD) { throw 'Set SP_PASSWORD in the environment first: it is a password, never written into this script.' }
$SP_PASSWORD = $env:SP_PASSWORD

# Grant AcrPull on myregistry to the kubelet identity of myAKSCluster
Set-AzAksCluster -ResourceGroupName myResourceGroup -Name myAKSCluster -AcrNameToAttach myregistry

# Create the docker-registry secret acr-secret in default
kubectl create secret docker-registry acr-secret --namespace default --docker-server=myregistry.azurecr.io --docker-username=33333333-0000-0000-0000-000000000101 --docker-password="$SP_PASSWORD"

# Generate password1 of mytoken
$TOKEN_PASSWORD = az acr token credential generate --name mytoken --registry myregistry --password1 --query "passwords[?name=='password1'].value | [0]" --output tsv

# Deploy nginx0-deployment
kubectl apply -f acr-nginx.yaml
`);
	});

	test('bash forms PowerShell reads otherwise: a line continuation, an assignment before &&, a here-document', () => {
		expect(powerShellOf('az acr connected-registry create --registry r \\\n  --name c')).toBe('az acr connected-registry create --registry r `\n  --name c');
		expect(powerShellOf('PASSWORD=$(az ad sp credential reset --id a --append --query password --output tsv) && kubectl get pods')).toBe(
			'$PASSWORD = az ad sp credential reset --id a --append --query password --output tsv && kubectl get pods',
		);
		expect(
			powerShellOf('cat << EOF > protected-settings-extension.json\n{\n  "connectionString": "$(az acr connected-registry get-settings --name c)"\n}\nEOF'),
		).toBe('@"\n{\n  "connectionString": "$(az acr connected-registry get-settings --name c)"\n}\n"@ | Set-Content -Path protected-settings-extension.json');
	});

	test('a variable a command assigns before it is used is not asked from the environment; one used first is', () => {
		expect(variablesFromEnvironment(['PASSWORD=$(az ad sp create-for-rbac)', 'kubectl --docker-password="$PASSWORD"'])).toEqual([]);
		expect(variablesFromEnvironment(['kubectl --docker-password="$SP_PASSWORD"', 'az import --password "$DOCKER_HUB_PASSWORD"'])).toEqual([
			'SP_PASSWORD',
			'DOCKER_HUB_PASSWORD',
		]);
	});

	test('the files: run.sh, run.ps1 and each YAML applied once, all 0644; a dry run exports its plans, a run what it did and still stands', () => {
		const planned = exportFiles({dryRun: true, planned: [{stepId: 's', title: 't', actions, notes: []}], journal: []});
		expect(planned.map((file) => [file.name, file.mode.toString(8)])).toEqual([
			['run.sh', '644'],
			['run.ps1', '644'],
			['acr-nginx.yaml', '644'],
		]);
		expect(planned[2]?.content).toBe('apiVersion: apps/v1\nkind: Deployment\n');
		const at = '2026-12-02T01:00:00.000Z';
		const done = exportFiles({
			planned: [],
			journal: [
				{...(actions[0] as PlannedAction), stepId: 'attach', outcome: 'done', at},
				{...(actions[3] as PlannedAction), stepId: 'deploy', outcome: 'failed', at, error: {message: 'refused'}},
			],
		});
		expect(done.map((file) => file.name)).toEqual(['run.sh', 'run.ps1']);
		expect(done[0]?.content).toContain('az aks update --name myAKSCluster');
		expect(done[0]?.content).not.toContain('kubectl apply');
	});
});
