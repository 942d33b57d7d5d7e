#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-keyring.sh PROGRAM [ARGS...]
#
# Runs PROGRAM with a real Secret Service of its own: a private D-Bus session bus and
# gnome-keyring-daemon, in a throwaway home whose login keyring is created unlocked. Nothing
# of the user's keyring is read or changed.
set -eu

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM

export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

exec dbus-run-session -- sh -c '
  # A password on stdin makes and unlocks the login keyring, the default collection.
  printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
  exec "$@"' with-keyring "$@"
