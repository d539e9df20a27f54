#!/usr/bin/env bash
# Prints the path of a CPython 3.13, the Lambda runtime's version, for compiling the zip's
# bytecode (deploy/add_bytecode.py) and for the benchmark's cold start of the zip as shipped.
#
# In order: a python3.13 on PATH (Debian 13 has one); an installed pyenv 3.13
# ($(pyenv root)/versions/3.13*); one built here before; else it is built once from Debian's
# source package (trixie's python3.13, fetched with apt from the mirror this machine's apt
# already uses) into a cache folder outside the checkout. Building needs apt-get, gcc and
# make, and takes about 3 minutes on 2 cores. It says what it is doing on stderr as it goes;
# only the path goes to stdout. Two runs at once take turns (flock): the second waits, then
# uses what the first built. The build happens in a temporary folder that is moved into
# place only when it works, so an interrupted build leaves nothing half-made.
#
# BACK_PAIN_CHECK_CACHE sets the cache folder; BACK_PAIN_CHECK_BUILD names a command that
# builds into the folder given as its argument instead of the build below (tests use a stub).
set -euo pipefail
version=3.13
# The user's own cache, whatever HOME a caller sets (the Serverless Framework runs with its own).
home=$(getent passwd "$(id -u)" | cut -d: -f6)
cache="${BACK_PAIN_CHECK_CACHE:-${home:-$HOME}/.cache/back-pain-check}"
build="$cache/python$version"
python="$build/python"
check="import sys, json, math, socket, ssl, zlib; assert sys.version_info[:2] == (3, 13)"
say() { echo "runtime-python: $*" >&2; }

works() { [ -x "$1" ] && "$1" -c "$check" >/dev/null 2>&1; }

if command -v "python$version" >/dev/null 2>&1 && works "$(command -v "python$version")"; then
  command -v "python$version"
  exit 0
fi
if command -v pyenv >/dev/null 2>&1; then
  for candidate in "$(pyenv root)"/versions/"$version"*/bin/python"$version"; do
    if works "$candidate"; then
      echo "$candidate"
      exit 0
    fi
  done
fi
if works "$python"; then
  echo "$python"
  exit 0
fi

mkdir -p "$cache"
exec 9>"$cache/python$version.lock"
if ! flock -n 9; then
  say "another build of CPython $version is under way; waiting for it (lock $cache/python$version.lock) ..."
  flock 9
fi
if works "$python"; then  # built by the run we waited for
  echo "$python"
  exit 0
fi

started=$SECONDS
staging=$(mktemp -d "$cache/python$version.building.XXXXXX")
trap 'rm -rf "$staging"' EXIT
log="$staging/build.log"

build_from_debian_source() {
  local target=$1 work="$1/.source" mirror tarball pid
  say "[1/4] finding Debian's source package of python$version (apt) ..."
  mirror=$(sed -n 's/^URIs: *\([^ ]*\).*/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1 || true)
  [ -n "$mirror" ] || mirror=$(awk '$1 == "deb" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  [ -n "$mirror" ] || { say "no Debian mirror found in this machine's apt sources"; return 1; }
  mkdir -p "$work/lists/partial"
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$mirror" >"$work/trixie.sources"
  local apt_options=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work" -o "Dir::State::Lists=$work/lists"
    -o "APT::Sandbox::User=root" -qq)
  apt-get "${apt_options[@]}" update >&2
  say "[2/4] downloading it from $mirror ..."
  (cd "$work" && apt-get "${apt_options[@]}" source --download-only "python$version" >&2)
  tarball=$(ls "$work"/python${version}_*.orig.tar.xz | head -1)
  say "[3/4] unpacking $(basename "$tarball") and configuring (about 30 s) ..."
  tar xJf "$tarball" -C "$target" --strip-components=1
  rm -rf "$work"
  (cd "$target" && ./configure --without-ensurepip --disable-test-modules -q) >>"$log" 2>&1 \
    || { tail -20 "$log" >&2; return 1; }
  say "[4/4] compiling with $(nproc) jobs (about 2 to 3 minutes; the compiler's output is in $log while it runs) ..."
  (cd "$target" && make -j"$(nproc)") >>"$log" 2>&1 &
  pid=$!
  while ! wait_for "$pid" 30; do
    say "  still compiling: $((SECONDS - started)) s so far, $(grep -c -- ' -o ' "$log" || true) files compiled"
  done
  wait "$pid" || { tail -20 "$log" >&2; return 1; }
}

wait_for() {  # true once process $1 has ended (within $2 seconds), false if still running
  local pid=$1 seconds=$2
  for _ in $(seq "$seconds"); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 1
  done
  ! kill -0 "$pid" 2>/dev/null
}

say "no CPython $version on PATH or in pyenv: building it once into $build (about 3 minutes) ..."
if [ -n "${BACK_PAIN_CHECK_BUILD:-}" ]; then
  $BACK_PAIN_CHECK_BUILD "$staging" >&2
else
  build_from_debian_source "$staging"
fi
if ! works "$staging/python"; then
  say "the build produced no working python in $staging; nothing was installed"
  exit 1
fi
rm -f "$log"
rm -rf "$build"
mv "$staging" "$build"
trap - EXIT
say "built CPython $version in $((SECONDS - started)) s: $python"
echo "$python"
