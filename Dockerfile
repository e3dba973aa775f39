# Build and run the web application. docker compose up uses this file; there is no Docker engine on the
# development machines, so it is kept consistent with the configuration by review, not by the test suite.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/KosovoElections.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update && apt-get install -y --no-install-recommends libturbojpeg0 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
# The image processor raises glibc's mmap and trim thresholds itself, so libjpeg's ~20 MB of buffers per image are
# reused rather than faulted in again (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_ or glibc.malloc tunables set
# here would replace the app's choice). What stays is a bound on malloc's arenas: each arena whose threads processed an
# image keeps about 20 MB, and glibc's default is 8 arenas per core (16 on two cores: up to 320 MB kept). Two arenas
# keep about 40 MB plus what concurrent uploads needed at their peak (docs/performance.md). glibc fixes the limit once
# a process has more than eight arenas, which a .NET host may have before the processor exists, so only the
# environment sets it reliably.
ENV MALLOC_ARENA_MAX=2
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "KosovoElections.Web.dll"]
