// Makes sure the real browsers the e2e tests and the demo drive are installed: Debian's
// `chromium` and `firefox-esr`. Installs them with apt when missing and we may (root on Debian);
// otherwise says how. Fast and silent-ish when both are present.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BROWSER_PACKAGES = ['chromium', 'firefox-esr'];

/** Absolute path of an executable on PATH, or null. */
export function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Where the browsers are, honouring CHROMIUM_PATH / FIREFOX_PATH overrides. */
export function browserPaths() {
  const override = (value) => (value && existsSync(value) ? value : null);
  return {
    chromium: override(process.env.CHROMIUM_PATH) ?? which('chromium'),
    firefox: override(process.env.FIREFOX_PATH) ?? which('firefox-esr'),
  };
}

function isDebianLike() {
  try {
    const osRelease = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\bdebian\b/m.test(osRelease) && which('apt-get') !== null;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

/** `apt-get update` and install both packages (a no-op for those already installed). */
export function installBrowsers() {
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '-o', 'Dpkg::Options::=--force-confold', ...BROWSER_PACKAGES]);
}

/**
 * Ensures both browsers exist. Returns their paths; throws with install instructions when they
 * are missing and cannot be installed here.
 */
export function ensureBrowsers({ log = console.log } = {}) {
  let paths = browserPaths();
  const missing = [];
  if (!paths.chromium) missing.push('chromium');
  if (!paths.firefox) missing.push('firefox-esr');
  if (missing.length === 0) {
    log(`Browsers present: chromium at ${paths.chromium}, firefox-esr at ${paths.firefox}`);
    return paths;
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !isDebianLike()) {
    throw new Error(
      `Missing browser(s): ${missing.join(', ')}.\n` +
        'Install them from your distribution, e.g. on Debian/Ubuntu:\n' +
        '  sudo apt-get update && sudo apt-get install -y chromium firefox-esr\n' +
        'or point CHROMIUM_PATH / FIREFOX_PATH at existing executables ' +
        '(Firefox must be 140 or newer).',
    );
  }

  log(`Installing missing browser(s) with apt: ${missing.join(', ')}`);
  installBrowsers();

  paths = browserPaths();
  if (!paths.chromium || !paths.firefox) {
    throw new Error('apt-get install finished but chromium or firefox-esr is still not on PATH.');
  }
  log(`Browsers installed: chromium at ${paths.chromium}, firefox-esr at ${paths.firefox}`);
  return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureBrowsers();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
