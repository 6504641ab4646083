#!/usr/bin/env bash
# Runs every test on a fresh Debian 12 machine with the .NET 10 SDK and Node 20:
# installs what the tests need and is missing, then runs dotnet test and prints
# "N passed, N failed" counted from the test results.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "run-all: need root or sudo to install: $*" >&2; exit 1; fi; }

# 1. Debian packages the tests use: a real Chromium, a real PostgreSQL server, docker-compose to check the compose file.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || missing+=(postgresql)
command -v docker-compose >/dev/null || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
  echo "run-all: installing ${missing[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian's postgresql package starts a cluster we do not use; the tests start their own servers.

# 2. Node tools the tests call (label rendering and barcode decoding), from their lock files.
for lock in tests/*/package-lock.json; do
  [ -e "$lock" ] || continue
  dir=$(dirname "$lock")
  stamp="$dir/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$lock" "$stamp"; then
    echo "run-all: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$lock" "$stamp"
  fi
done

# 3. Every test project, with results as TRX; a hung test fails instead of hanging CI.
results="$root/TestResults"
rm -rf "$results"
set +e
dotnet test Warehouse.sln -c Release --logger "trx" --results-directory "$results" \
  --blame-hang-timeout 5m -- RunConfiguration.TreatNoTestsAsError=false
status=$?
set -e

# 4. Count from the results, each test once, and say what failed.
python3 - "$results" "$status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
failures = []
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    for r in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        outcome = r.get("outcome")
        if outcome == "Passed":
            passed += 1
        elif outcome in ("Failed", "Error", "Timeout", "Aborted"):
            failed += 1
            msg = r.find(".//t:Message", ns)
            failures.append(f"  {r.get('testName')}: {(msg.text or '').strip()[:400] if msg is not None else outcome}")
status = int(sys.argv[2])
if failures:
    print("Failed tests:")
    print("\n".join(failures))
if status != 0 and failed == 0:
    print(f"dotnet test exited {status} (build error or crashed test host): see above")
if passed == 0:
    print("no test ran")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or passed == 0 or status != 0 else 0)
PY
