/**
 * `npm run -s ratio`: the ratio engine as a command (spec/ratio.md, "Command line"). Reads one
 * JSON object or an array of them from standard input and writes the result(s) as JSON to
 * standard output. Bad input: exit code 2 and one line per problem on standard error, naming the
 * field (`[0].ages[2]: ...`); nothing on standard output. The rules live in shared/domain/ratio.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { localDateAt } from '../../../shared/domain/time/localDate';
import { ratioCommandItemSchema, runRatioCommand } from '../../../shared/domain/ratio/ratioCommand';
import type { RatioCommandItem } from '../../../shared/domain/ratio/ratioCommand';

const EXIT_BAD_INPUT = 2;

// Validation messages in Dutch, like the rest of the desk (only this process is configured).
z.config(z.locales.nl());

type Issue = { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] };

/** `[0].ages[2]` for an array input, `ages[2]` for a single object. */
function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  let name = prefix;
  for (const key of path) {
    if (typeof key === 'number') name += `[${key}]`;
    else name += name === '' ? String(key) : `.${String(key)}`;
  }
  return name === '' ? 'input' : name;
}

function describe(prefix: string, issue: Issue): string[] {
  if (issue.code === 'unrecognized_keys' && issue.keys !== undefined) {
    return issue.keys.map((key) => `${fieldName(prefix, [...issue.path, key])}: onbekend veld`);
  }
  return [`${fieldName(prefix, issue.path)}: ${issue.message}`];
}

function main(): void {
  const text = readFileSync(0, 'utf8');
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    process.stderr.write(`input: geen geldige JSON (${(error as Error).message})\n`);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const today = localDateAt(new Date());
  const schema = ratioCommandItemSchema(today);
  const many = Array.isArray(input);
  const raw: unknown[] = many ? (input as unknown[]) : [input];
  const items: RatioCommandItem[] = [];
  const problems: string[] = [];
  raw.forEach((value, index) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) items.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(...describe(many ? `[${index}]` : '', issue as Issue));
  });
  if (problems.length > 0) {
    process.stderr.write(`${problems.join('\n')}\n`);
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const outputs = items.map((item) => runRatioCommand(item, today));
  process.stdout.write(`${JSON.stringify(many ? outputs : outputs[0], null, 2)}\n`);
}

main();
