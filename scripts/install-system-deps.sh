#!/usr/bin/env bash
# Installs what the tests need beyond npm packages on a new Debian machine: Chromium for the browser
# tests and, only where Go is missing (so FerretDB cannot be built), a JDK and Maven for the fallback
# embedded database (mongo-java-server). Idempotent; never downloads anything but Debian packages
# (FerretDB's source comes from the Go module proxy, mongo-java-server from Maven Central, both
# during `npm run setup`).
set -euo pipefail
need=()
# `install-system-deps.sh java`: the JDK and Maven only (setup calls it when it falls back).
if [ "${1:-}" = "java" ] || ! command -v go >/dev/null 2>&1 || [ "${EMBEDDED_DB:-}" = "mongo-java-server" ]; then
  command -v java >/dev/null 2>&1 || need+=(default-jdk-headless)
  command -v javac >/dev/null 2>&1 || need+=(default-jdk-headless)
  command -v mvn >/dev/null 2>&1 || need+=(maven)
fi
[ "${1:-}" = "java" ] || [ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
