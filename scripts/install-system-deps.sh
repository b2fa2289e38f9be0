#!/usr/bin/env bash
# Installs what the project needs beyond npm packages on a new Debian machine, only where missing:
# a JDK 17+ and Maven for the embedded database (mongo-java-server, whose jars Maven resolves from
# Maven Central during `npm run setup`), Chromium for the browser tests and a CJK font (fonts-noto-cjk:
# without it the IDE's and the dashboard's Chinese render as empty boxes). Idempotent; never
# downloads anything but Debian packages.
# `install-system-deps.sh java`: the JDK and Maven only (setup calls it when they are missing).
set -euo pipefail
need=()
java_major() {
  java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}
if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1 || [ "$(java_major)" -lt 17 ] 2>/dev/null; then
  need+=(default-jdk-headless)
fi
command -v mvn >/dev/null 2>&1 || need+=(maven)
[ "${1:-}" = "java" ] || [ -x /usr/bin/chromium ] || need+=(chromium)
# A font for Chinese text (checked through fontconfig; any installed CJK font will do).
if [ "${1:-}" != "java" ] && { ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh family 2>/dev/null)" ]; }; then
  need+=(fonts-noto-cjk)
fi
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
