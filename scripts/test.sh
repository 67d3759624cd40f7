#!/usr/bin/env sh
# Set up everything the tests need on a fresh Debian machine (as root or with sudo) and run them.
set -eu
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install -q -e '.[test]'
python3 -m ruff check graph tests
python3 -m pytest
