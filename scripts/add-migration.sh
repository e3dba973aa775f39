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
done
