/** The `--subscription` an equivalent az command needs when its resource is not in az's default subscription. */

/** ` --subscription <id>` when `subscriptionId` differs from az's default; empty when they match or az has none. */
export function subscriptionFlag(defaultSubscriptionId: string | undefined, subscriptionId: string): string {
	if (defaultSubscriptionId === undefined || defaultSubscriptionId.toLowerCase() === subscriptionId.toLowerCase()) return '';
	return ` --subscription ${subscriptionId}`;
}
