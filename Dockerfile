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
# libjpeg allocates ~20 MB of coefficient arrays per captured image; with glibc's defaults it returns them to the kernel
# and faults them back in for the next image, a third of the image pipeline's CPU (docs/performance.md).
ENV MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=134217728
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "KosovoElections.Web.dll"]
