#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed at /usr/bin/chromium for the e2e
# tests (playwright-core drives it; no browser is ever downloaded by Playwright).
# Needs root (apt-get). Safe to run repeatedly: does nothing when present.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "error: $CHROMIUM is missing and installing it needs root (apt-get install chromium)" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: $CHROMIUM is missing and apt-get is not available; install Chromium with your package manager" >&2
  exit 1
fi

echo "chromium: not found, installing Debian's package (apt-get install chromium)…"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation

if [ ! -x "$CHROMIUM" ]; then
  echo "error: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo installed) at $CHROMIUM"
