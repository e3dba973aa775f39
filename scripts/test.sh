#!/usr/bin/env bash
# Runs every test of the project on a fresh machine: installs what the tests need (as root, through apt),
# restores, builds (warnings are errors), checks formatting, then runs each test project (Benchmarks excepted).
# Ends with "N passed, N failed" and a non-zero exit on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

needed=(postgresql chromium libturbojpeg0 python3-aiosmtpd)
missing=()
for package in "${needed[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing ${missing[*]} ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "Could not install ${missing[*]}"; exit 1; }
  else
    echo "Missing system packages: ${missing[*]} (install them, or run as root so this script can)"; exit 1
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
set -e
dotnet restore KosovoElections.sln
dotnet build KosovoElections.sln --no-restore -c Debug
dotnet format KosovoElections.sln --verify-no-changes --no-restore
# The migrations of both providers must describe the model exactly.
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations has-pending-model-changes --no-build --project src/KosovoElections.Infrastructure \
    --startup-project src/KosovoElections.DesignTime --context "${provider}ElectionsDbContext"
done
set +e

results=$(mktemp)
status=0
for project in UnitTests IntegrationTests ComponentTests EndToEndTests; do
  echo "=== $project"
  # Measurements (Category=Measurement, docs/performance.md) are run on purpose, not with every test.
  dotnet test "tests/KosovoElections.$project" --no-build -c Debug --filter "Category!=Measurement" 2>&1 | tee -a "$results"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

read -r passed failed skipped < <(grep -oE '(Passed|Failed)!\s+-\s+Failed:\s+[0-9]+,\s+Passed:\s+[0-9]+,\s+Skipped:\s+[0-9]+' "$results" \
  | awk -F'[:,]' '{f+=$2; p+=$4; s+=$6} END {print p+0, f+0, s+0}')
rm -f "$results"
[ "$passed" -gt 0 ] || status=1
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
