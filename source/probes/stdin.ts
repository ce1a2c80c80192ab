/** A secret piped on standard input (`--source-password-stdin`, as `docker login --password-stdin` reads it). */

let read: Promise<string | undefined> | undefined;

/** Reads standard input to its end once (the trailing newline of `echo` dropped); undefined when stdin is a terminal. */
export async function readSecretFromStdin(stream: NodeJS.ReadStream = process.stdin): Promise<string | undefined> {
	if (stream.isTTY) return undefined;
	read ??= (async () => {
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
		return Buffer.concat(chunks)
			.toString('utf8')
			.replace(/\r?\n$/, '');
	})();
	return read;
}
