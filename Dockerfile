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
# No MALLOC_* settings: the image processor raises glibc's mmap and trim thresholds itself, so libjpeg's ~20 MB of
# buffers per image are reused rather than faulted in again (docs/performance.md). MALLOC_MMAP_THRESHOLD_,
# MALLOC_TRIM_THRESHOLD_ or glibc.malloc tunables set here would replace the app's choice.
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "KosovoElections.Web.dll"]
