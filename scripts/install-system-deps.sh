#!/usr/bin/env bash
# Installs what the tests need beyond npm packages on a new Debian machine: a JDK and Maven for the
# embedded database (mongo-java-server), and Chromium for the browser tests. Idempotent; never downloads
# anything but Debian packages (the Maven artifacts come from Maven Central during `npm run setup`).
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(default-jdk-headless)
command -v javac >/dev/null 2>&1 || need+=(default-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
