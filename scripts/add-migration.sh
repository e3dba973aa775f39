#!/usr/bin/env bash
# Adds a migration with the same name for both providers: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet restore src/KosovoElections.DesignTime >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project src/KosovoElections.Infrastructure \
    --startup-project src/KosovoElections.DesignTime \
    --context "${provider}ElectionsDbContext" \
    --output-dir "Persistence/Migrations/$provider" \
    --namespace "KosovoElections.Infrastructure.Persistence.Migrations.$provider"
  # With no snapshot yet (after a squash) dotnet ef files a new one under a folder made from its namespace; keep it
  # beside its migrations, where it is found next time.
  stray="src/KosovoElections.Infrastructure/KosovoElections/Infrastructure/Persistence/Migrations/$provider/${provider}ElectionsDbContextModelSnapshot.cs"
  if [ -f "$stray" ]; then
    mv "$stray" "src/KosovoElections.Infrastructure/Persistence/Migrations/$provider/"
    rm -r src/KosovoElections.Infrastructure/KosovoElections
  fi
done
