/**
 * `npm run lint:electron`: a static security scan of the Electron configuration with
 * Electronegativity (@doyensec/electronegativity 1.10.3, Doyensec's checks of Electron's security
 * checklist), over the main process, the preload, the core and the renderer (page and code).
 *
 * The scanner reads code literally, so it is also handed two generated files with the real values
 * it cannot follow: the window preferences (windowPolicy.ts's secureWebPreferences, spread into
 * every BrowserWindow) and the Content-Security-Policy header (shared/security, sent with every
 * app:// response). Their findings are checked against `generatedJustified` below; a finding in
 * the code is justified next to that code (`// eng-disable <CHECK>` after a comment saying why),
 * and every such line is listed in the output. Anything else fails the scan.
 *
 * Not run: AvailableSecurityFixesGlobalCheck (it downloads Electron's release list: a question of
 * keeping Electron up to date, not of our configuration, and CI has no internet).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { secureWebPreferences } from '../../electron/main/security/windowPolicy';
import { contentSecurityPolicy } from '../../shared/security/contentSecurityPolicy';

const root = path.resolve(__dirname, '../..');

/** What is scanned, relative to the project. */
const scanned = ['electron', 'renderer/index.html', 'renderer/src', 'package.json'];
const GENERATED = '__generated__';
const GENERATED_PREFERENCES = `${GENERATED}/webPreferences.js`;
const GENERATED_CSP = `${GENERATED}/contentSecurityPolicy.js`;

/** Findings in the generated files that stay, each with the reason. */
const generatedJustified: { check: string; file: string; why: string }[] = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: GENERATED_CSP,
    why:
      "script-src 'self' \"can be problematic if you host JSONP, Angular or user uploaded files\": 'self' is app://opvangdesk, which serves " +
      'only the built renderer (resolveAppPath keeps every path inside out/renderer); no JSONP, no Angular, nothing uploaded is served.',
  },
  {
    check: 'ELECTRON_VERSION_JSON_CHECK',
    file: 'package.json',
    why: 'informational: it reports the Electron version in use (45); keeping Electron current is the job of the dependency updates.',
  },
];

type Issue = { id: string; file: string; location: { line: number; column: number }; description: string; manualReview?: boolean };
type ScanError = { file: string; message: string; tolerable: boolean };
type RunOptions = {
  input: string;
  isRelative: boolean;
  isVerbose: boolean;
  customScan: string[];
  excludeFromScan: string[];
  parserPlugins: string[];
};
type Run = (
  options: RunOptions,
  forCli?: boolean,
) => Promise<{ globalChecks: number; atomicChecks: number; errors: ScanError[]; issues: Issue[] }>;

function copyScanned(stage: string): number {
  let files = 0;
  for (const entry of scanned) {
    fs.cpSync(path.join(root, entry), path.join(stage, entry), {
      recursive: true,
      filter: (file) => {
        const skip = /\.test\.tsx?$/.test(file) || file.includes(`${path.sep}node_modules`);
        if (!skip && fs.statSync(file).isFile()) files++;
        return !skip;
      },
    });
  }
  return files;
}

function writeGenerated(stage: string): void {
  fs.mkdirSync(path.join(stage, GENERATED), { recursive: true });
  fs.writeFileSync(
    path.join(stage, GENERATED_PREFERENCES),
    [
      '// Generated from electron/main/security/windowPolicy.ts: the webPreferences of every BrowserWindow.',
      "const { BrowserWindow } = require('electron');",
      `new BrowserWindow({ webPreferences: ${JSON.stringify(secureWebPreferences)} });`,
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(stage, GENERATED_CSP),
    [
      '// Generated from shared/security/contentSecurityPolicy.ts: the header of every app:// response (electron/main/index.ts).',
      'function onHeadersReceived(details) {',
      `  details.responseHeaders['content-security-policy'] = ${JSON.stringify(contentSecurityPolicy)};`,
      '}',
      '',
    ].join('\n'),
  );
}

/** The `// eng-disable` lines of the scanned code, with the comment above them. */
function inCodeJustifications(stage: string): { where: string; checks: string; why: string }[] {
  const found: { where: string; checks: string; why: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(ts|tsx|js|html)$/.test(entry.name) && !file.includes(GENERATED)) {
        const lines = fs.readFileSync(file, 'utf8').split('\n');
        lines.forEach((line, i) => {
          const m = /eng-disable\s+([\w \t]+)/.exec(line);
          if (!m) return;
          const comment: string[] = [];
          for (let j = i - 1; j >= 0 && /^\s*\/\//.test(lines[j]!); j--) comment.unshift(lines[j]!.replace(/^\s*\/\/\s?/, ''));
          found.push({ where: `${path.relative(stage, file)}:${i + 1}`, checks: m[1]!.trim(), why: comment.join(' ') });
        });
      }
    }
  };
  walk(stage);
  return found;
}

async function main(): Promise<void> {
  const run = createRequire(__filename)('@doyensec/electronegativity') as Run;
  const version = (createRequire(__filename)('@doyensec/electronegativity/package.json') as { version: string }).version;
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'opvangdesk-electronegativity-'));
  try {
    const files = copyScanned(stage);
    writeGenerated(stage);
    // the scanner talks a lot (banner, progress, translations): keep it out of the report
    const log = console.log;
    console.log = () => undefined;
    let result: Awaited<ReturnType<Run>>;
    try {
      result = await run(
        {
          input: stage,
          isRelative: true,
          isVerbose: false,
          customScan: [],
          excludeFromScan: ['AvailableSecurityFixesGlobalCheck'.toLowerCase()],
          parserPlugins: [],
        },
        false,
      );
    } finally {
      console.log = log;
    }

    console.log(
      `lint:electron: Electronegativity ${version}, ${result.atomicChecks} atomic and ${result.globalChecks} global checks over ` +
        `${scanned.join(', ')} (${files} files) and the generated ${GENERATED_PREFERENCES}, ${GENERATED_CSP}`,
    );
    let failed = false;
    for (const e of result.errors) {
      console.log(`  ${e.tolerable ? 'parse warning' : 'PARSE ERROR'}  ${e.file}: ${e.message}`);
      if (!e.tolerable) failed = true;
    }
    for (const j of inCodeJustifications(stage)) console.log(`  justified in code  ${j.checks}  ${j.where}: ${j.why}`);
    for (const issue of result.issues) {
      const where = `${issue.file}:${issue.location.line}`;
      const justification = generatedJustified.find((j) => j.check === issue.id && j.file === issue.file);
      if (justification) {
        console.log(`  justified          ${issue.id}  ${where}: ${justification.why}`);
      } else {
        failed = true;
        console.log(`  FINDING            ${issue.id}  ${where}: ${issue.description}${issue.manualReview ? ' (review required)' : ''}`);
      }
    }
    if (failed) {
      console.log('lint:electron FAILED: fix each FINDING, or justify it next to the code (a comment, then `// eng-disable <CHECK>`)');
      process.exitCode = 1;
    } else {
      console.log('lint:electron: no unjustified findings');
    }
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error('lint:electron could not run:', err);
  process.exitCode = 1;
});
