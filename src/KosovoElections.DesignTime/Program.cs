Console.WriteLine("Design-time host for `dotnet ef`; see scripts/add-migration.sh.");
