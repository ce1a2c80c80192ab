/** The prerequisites screen: one row per check, a spinner while it runs, then the verdict, reason and fix. */
import {Box, Text} from 'ink';
import {messages} from '../../messages/catalog.js';
import {padEndColumns} from '../../output/width.js';
import type {CheckResult} from '../../wizard/types.js';
import {StatusIcon} from '../components/status-icon.js';
import {theme} from '../theme.js';
import {useWizard} from '../use-wizard.js';
import {useColumns} from '../components/window-size.js';

/** The width of the title column; the summary sits beside it, or under it on a narrow terminal. */
const titleWidth = 28;
/** Below this many columns, a summary beside the titles would be squeezed into a few letters per line. */
export const narrowColumns = titleWidth + 4 + 36;

function CheckRow({check, narrow}: {readonly check: CheckResult; readonly narrow: boolean}) {
	return (
		<Box flexDirection="column">
			<Box>
				<StatusIcon status={check.status} />
				<Box flexShrink={0}>
					<Text> {narrow ? check.title : padEndColumns(check.title, titleWidth)}</Text>
				</Box>
				{check.summary && !narrow ? <Text color={theme.muted}>{check.summary}</Text> : null}
			</Box>
			{check.summary && narrow ? (
				<Box paddingLeft={4}>
					<Text color={theme.muted}>{check.summary}</Text>
				</Box>
			) : null}
			{/* Padded boxes, so that long reasons and fixes wrap under themselves. */}
			{check.reason ? (
				<Box paddingLeft={4}>
					<Text color={check.status === 'fail' ? theme.danger : theme.warning}>{check.reason}</Text>
				</Box>
			) : null}
			{check.fix ? (
				<Box paddingLeft={4}>
					<Text>
						{`${messages().common.fix} `}
						<Text color={theme.accent}>{check.fix}</Text>
					</Text>
				</Box>
			) : null}
		</Box>
	);
}

/** The one-line verdict once every check has finished. */
function Verdict({checks}: {readonly checks: readonly CheckResult[]}) {
	const text = messages().prerequisites.summary;
	if (checks.some((check) => check.status === 'running' || check.status === 'pending')) return null;
	const failures = checks.filter((check) => check.status === 'fail').length;
	const warnings = checks.filter((check) => check.status === 'warn').length;
	if (failures > 0) return <Text color={theme.danger}>{text.withFailures(failures)}</Text>;
	if (warnings > 0) return <Text color={theme.warning}>{text.withWarnings(warnings)}</Text>;
	return <Text color={theme.success}>{text.allGood}</Text>;
}

export function Prerequisites() {
	const checks = useWizard((state) => state.checks);
	const text = messages().prerequisites;
	const narrow = useColumns() < narrowColumns;
	return (
		<Box flexDirection="column">
			<Text bold color={theme.accent}>
				{text.title}
			</Text>
			<Text color={theme.muted}>{text.intro}</Text>
			<Box flexDirection="column" marginTop={1}>
				{checks.map((check) => (
					<CheckRow key={check.id} check={check} narrow={narrow} />
				))}
			</Box>
			<Box marginTop={1}>
				<Verdict checks={checks} />
			</Box>
		</Box>
	);
}
