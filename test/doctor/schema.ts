/** doctor's JSON schema (schemas/doctor.v1.schema.json), compiled with Ajv for the tests that validate reports against it. */
import {readFile} from 'node:fs/promises';
import Ajv from 'ajv';

/** A validator of doctor's JSON documents (reports and refusals). */
export async function doctorValidator(): Promise<Ajv.ValidateFunction> {
	const schema = JSON.parse(await readFile(new URL('../../schemas/doctor.v1.schema.json', import.meta.url), 'utf8')) as object;
	return new Ajv({allErrors: true}).compile(schema);
}
