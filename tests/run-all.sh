#!/usr/bin/env bash
# README "command 2": runs every test of Warehouse.sln.
#
# On a fresh Debian 12 machine with the .NET 10 SDK and Node 20 it first installs what the
# tests need (Chromium for browser tests, the PostgreSQL server binaries for the data tests,
# docker-compose for the compose file check), then the npm packages of tests/*/, then builds
# once and runs every test project (`dotnet test --no-build`), and ends with one line:
# "N passed, N failed" (counted from the TRX files).
# Exit status: 0 only when tests ran and none failed.
#
# Environment: RESULTS_DIR (default TestResults/run-all), HANG_TIMEOUT (default 5m),
#              SKIP_SYSTEM_PACKAGES=1 to never call apt-get.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
results="${RESULTS_DIR:-$repo/TestResults/run-all}"
hang_timeout="${HANG_TIMEOUT:-5m}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DEBIAN_FRONTEND=noninteractive
# No MSBuild nodes left behind holding CI's output pipes open.
export MSBUILDDISABLENODEREUSE=1
# The apps and agents the tests start as processes live for seconds: tiered PGO's instrumented pass
# costs them more than it gives back (an app's start: ~6.9 s of CPU with it, ~6.2 s without; docs/testing.md).
# Test hosts compile once, fully optimised, already (Directory.Build.targets); the app as deployed keeps it.
export DOTNET_TieredPGO=0
# Idle thread-pool workers spin before they sleep: on two cores shared by every process of the run that
# spinning is taken from the others (an idle demo app: ~11 % of a core with it, ~8.5 % without).
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0

step() { printf '\n==> %s\n' "$*"; }
die() { printf 'run-all: %s\n' "$*"; exit 2; }
# Even a run that stops early ends with the counting line CI reads.
counted=0
trap '[ "$counted" -eq 1 ] || printf "0 passed, 0 failed\n"' EXIT

# --- 1. System packages --------------------------------------------------------------------
as_root=()
ensure_root_runner() {
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        # No terminal (CI): never wait for a password prompt that nobody will answer.
        if [ -t 0 ]; then as_root=(sudo); else as_root=(sudo -n); fi
    else
        die "missing Debian packages ($*): run as root, install sudo, or install them yourself: apt-get install $*"
    fi
}

apt_updated=0
apt_install() {
    ensure_root_runner "$@"
    if [ "$apt_updated" -eq 0 ]; then
        "${as_root[@]}" apt-get update -qq || die "apt-get update failed"
        apt_updated=1
    fi
    # No recommends: docker-compose would otherwise pull in a whole Docker engine.
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$@"
}

have_postgres_server() {
    compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || command -v pg_ctl >/dev/null 2>&1
}

if [ "${SKIP_SYSTEM_PACKAGES:-0}" != 1 ]; then
    missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
    have_postgres_server || missing+=(postgresql)
    command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
    if [ ${#missing[@]} -gt 0 ]; then
        step "Installing Debian packages: ${missing[*]}"
        apt_install "${missing[@]}" || die "could not install ${missing[*]} with apt-get"
        # socat only helps by hand (serial line experiments): take it along, never fail for it.
        if ! command -v socat >/dev/null 2>&1; then
            apt_install socat || printf 'run-all: optional socat not installed, continuing\n' >&2
        fi
    fi
fi

# --- 2. npm packages of JavaScript test helpers --------------------------------------------
for manifest in tests/*/package.json; do
    [ -e "$manifest" ] || continue
    dir="$(dirname "$manifest")"
    lock="$dir/package-lock.json"
    [ -f "$lock" ] || die "$dir has package.json but no package-lock.json (npm ci needs it; run npm install there and commit the lock)"
    stamp="$dir/node_modules/.run-all-lock.sha256"
    wanted="$(sha256sum "$lock" | cut -d' ' -f1)"
    if [ ! -d "$dir/node_modules" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        step "npm ci in $dir"
        (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $dir"
        mkdir -p "$dir/node_modules"
        echo "$wanted" >"$stamp"
    fi
done

# --- 3. dotnet test ------------------------------------------------------------------------
rm -rf "$results"
mkdir -p "$results"
test_status=0
step "dotnet build Warehouse.sln -c Release"
dotnet build Warehouse.sln -c Release --disable-build-servers || test_status=$?

# For the tests and the processes they start, not for the build before (the compiler runs for minutes):
# tiered compilation recompiles a method optimised once it has been called enough, counting calls only
# after 100 ms without new methods. An app the tests start lives seconds and pays for recompiling without
# gaining; counting starts after 10 s of quiet instead (the web tests' app-starting classes: 41 s → 36–37 s
# of CPU; docs/testing.md). Test hosts compile once, fully optimised (Directory.Build.targets).
export DOTNET_TC_CallCountingDelayMs=10000

# Every project that references the test SDK; the end-to-end one (the longest by far) is started
# first and runs beside the others, which run one after another: two test hosts on two cores.
# (`dotnet test Warehouse.sln` started it only once MSBuild got round to it.)
mapfile -t projects < <(grep -l '"Microsoft.NET.Test.Sdk"' tests/*/*.csproj hardware/*/*.csproj 2>/dev/null | sort)
e2e=tests/Warehouse.E2E/Warehouse.E2E.csproj
run_tests() {
    dotnet test "$1" -c Release --no-build \
        --logger "trx;LogFileName=$(basename "$1" .csproj).trx" --results-directory "$results" \
        --blame-hang-timeout "$hang_timeout" --blame-hang-dump-type none
}
if [ "$test_status" -eq 0 ]; then
    e2e_pid=
    if [ -f "$e2e" ]; then
        step "dotnet test $e2e, beside the others (its output follows theirs; results in ${results#"$repo"/})"
        run_tests "$e2e" >"$results/e2e.log" 2>&1 &
        e2e_pid=$!
    fi
    for project in "${projects[@]}"; do
        [ "$project" = "$e2e" ] && continue
        step "dotnet test $project"
        run_tests "$project" || test_status=$?
    done
    if [ -n "$e2e_pid" ]; then
        e2e_status=0
        wait "$e2e_pid" || e2e_status=$?
        step "dotnet test $e2e (exit status $e2e_status)"
        cat "$results/e2e.log"
        [ "$e2e_status" -eq 0 ] || test_status=$e2e_status
    fi
fi

# A test host killed on a hang cannot stop the servers and agents its tests started as processes.
pkill -f "^$repo/tests/Warehouse.E2E/bin/.*/Warehouse.Web " 2>/dev/null || true
pkill -f "^$repo/hardware/Warehouse.StationAgent/bin/.*/warehouse-agent " 2>/dev/null || true

# A test process killed on a hang leaves its PostgreSQL server running (pg_ctl detaches it).
# Stop servers whose owning process is gone; the fixture does the same on its next start.
for dir in /tmp/warehouse-pg-*; do
    [ -d "$dir" ] || continue
    owner="${dir#/tmp/warehouse-pg-}"; owner="${owner%%-*}"
    case "$owner" in '' | *[!0-9]*) continue ;; esac
    [ -d "/proc/$owner" ] && continue
    pid="$(head -n1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && grep -qF "$dir/data" "/proc/$pid/cmdline" 2>/dev/null; then
        kill -QUIT "$pid" 2>/dev/null || true
        sleep 0.5
    fi
    rm -rf "$dir" 2>/dev/null || true
done

# --- 4. Count results from the TRX files ---------------------------------------------------
# Node is on every machine this runs on (unlike xmllint or python); the counts are printed as
# "passed failed skipped" on the last line of its output.
summary="$(node - "$results" <<'JS'
const fs = require('fs');
const path = require('path');
const root = process.argv[2];
const files = [], sequences = [], runErrors = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.trx')) files.push(full);
    else if (/^Sequence_.*\.xml$/.test(entry.name)) sequences.push(full);
  }
})(root);

const decode = s => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)).replace(/&amp;/g, '&');
const attrs = s => Object.fromEntries([...s.matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], decode(m[2])]));
const inner = (s, tag) => { const m = s.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`)); return m ? decode(m[1]) : ''; };
const bad = new Set(['Failed', 'Error', 'Timeout', 'Aborted']);

// One entry per test: a test seen twice (same test id and name) counts once, failed if any run failed.
const tests = new Map();
for (const file of files) {
  const xml = fs.readFileSync(file, 'utf8');
  for (const m of xml.matchAll(/<UnitTestResult\b([^>]*?)(?:\/>|>([\s\S]*?)<\/UnitTestResult>)/g)) {
    const a = attrs(m[1]);
    const key = `${a.testId}|${a.testName}`;
    const seen = tests.get(key);
    const result = { name: a.testName, outcome: a.outcome, message: inner(m[2] || '', 'Message'),
                     stack: inner(m[2] || '', 'StackTrace'), file: path.basename(file) };
    if (!seen || (bad.has(result.outcome) && !bad.has(seen.outcome))) tests.set(key, result);
  }
  for (const m of xml.matchAll(/<RunInfo\b[^>]*outcome="Error"[^>]*>\s*<Text>([\s\S]*?)<\/Text>/g))
    runErrors.push(`${path.basename(file)}: ${decode(m[1]).trim()}`);
}

// A test the hang timeout killed (or that was running when the host crashed) has no result in
// the TRX; the blame collector's sequence file lists it as not completed. It counts as failed.
const named = new Set([...tests.values()].map(t => t.name));
for (const file of sequences) {
  const xml = fs.readFileSync(file, 'utf8');
  for (const m of xml.matchAll(/<Test\b([^>]*)\/>/g)) {
    const a = attrs(m[1]);
    if (a.Completed !== 'False' || named.has(a.DisplayName)) continue;
    named.add(a.DisplayName);
    tests.set(`sequence|${a.DisplayName}`, { name: a.DisplayName, outcome: 'Aborted', stack: '', file: path.basename(file),
      message: 'did not finish: the test host was killed by the hang timeout or crashed while this test ran' });
  }
}

let passed = 0, failed = 0, skipped = 0;
const failures = [];
for (const t of tests.values()) {
  if (t.outcome === 'Passed') passed++;
  else if (bad.has(t.outcome)) { failed++; failures.push(t); }
  else skipped++;
}
if (failures.length > 0) {
  console.log(`\nFailed tests (${failures.length}):`);
  for (const t of failures) {
    console.log(`\n  FAILED ${t.name} [${t.outcome}]`);
    const message = t.message.trim() || '(no message; see the TRX file ' + t.file + ')';
    console.log(message.split('\n').slice(0, 25).map(l => '    ' + l).join('\n'));
    const frames = t.stack.trim().split('\n').filter(l => l.trim()).slice(0, 6);
    if (frames.length) console.log(frames.map(l => '      ' + l.trim()).join('\n'));
  }
}
if (runErrors.length > 0) console.log('\nTest run errors:\n' + runErrors.map(e => '  ' + e).join('\n'));
console.log(`\nTRX files: ${files.length}; tests: ${tests.size} (skipped or not run: ${skipped})`);
console.log(`${passed} ${failed} ${skipped}`);
JS
)" || summary=$'counting the TRX files failed\n0 0 0'

printf '%s\n' "$summary" | sed '$d'
read -r passed failed _skipped <<<"$(printf '%s\n' "$summary" | tail -n1)"

status=0
if [ "$test_status" -ne 0 ]; then
    printf '\nrun-all: dotnet test exited with %s (build error, failing test or hang; see above)\n' "$test_status"
    status=1
fi
if [ "$failed" -gt 0 ]; then status=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
    printf '\nrun-all: no test ran\n'
    status=1
fi
counted=1
printf '%s passed, %s failed\n' "$passed" "$failed"
exit "$status"
