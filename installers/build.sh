#!/usr/bin/env bash
# Builds the jpackage app-images and .deb packages of the operator client and the server from the argument
# files in installers/jpackage/. Everything it writes is under installers/target/.
#
#   installers/build.sh [app-image|deb|all] [--no-maven]
#
#   app-image  installers/target/app-image/{operator-client,hotline-server}/  (runnable in place)
#   deb        installers/target/deb/*.deb, made from the app-images (built first when missing or older
#              than the staged jars)
#   all        (default) fresh app-images, then the .debs
#   --no-maven skip the Maven step (used when Maven runs this script: ./mvnw -Pinstallers package)
#
# Without --no-maven it first runs the Maven build of the two products and stages their jars
# (./mvnw -q -B -DskipTests -Pinstallers -Dinstallers.jpackage.skip=true package -pl installers -am).
set -euo pipefail

self="$(readlink -f "$0")"
root="$(dirname "$(dirname "$self")")"
cd "$root"

kind=all
run_maven=true
for arg in "$@"; do
  case "$arg" in
    app-image|deb|all) kind="$arg" ;;
    --no-maven) run_maven=false ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$self"; exit 0 ;;
    *) echo "build.sh: unknown argument '$arg' (expected app-image, deb, all or --no-maven)" >&2; exit 2 ;;
  esac
done

# The Maven project version, as in the jar names (also in jpackage/client-image.args: --main-jar).
version=0.1.0-SNAPSHOT
target=installers/target
stage=$target/stage
images=$target/app-image
debs=$target/deb
args=installers/jpackage
started=$SECONDS

step() { printf '[installers %4ds] %s\n' $((SECONDS - started)) "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }

# --- what the machine must have -------------------------------------------------------------------------
check_tools() {
  local jpackage_cmd=jpackage
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then jpackage_cmd="$JAVA_HOME/bin/jpackage"; fi
  command -v "$jpackage_cmd" >/dev/null \
    || fail "jpackage not found: install a full JDK 17 (Debian: apt-get install openjdk-17-jdk) or set JAVA_HOME"
  local java_home
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v "$jpackage_cmd")")")")"
  JPACKAGE="$java_home/bin/jpackage"
  JDEPS="$java_home/bin/jdeps"
  [ -f "$java_home/jmods/java.base.jmod" ] \
    || fail "no jmods in $java_home: jlink needs them (Debian: apt-get install openjdk-17-jdk-headless)"
  local jdk_version
  jdk_version="$("$java_home/bin/java" -version 2>&1 | head -1)"
  # The runtime inside the images is linked from this JDK.
  step "JDK for the runtime images: $java_home ($jdk_version)"
  if [ "$kind" != app-image ]; then
    local missing=""
    command -v dpkg-deb >/dev/null || missing="$missing dpkg-deb(dpkg)"
    command -v fakeroot >/dev/null || missing="$missing fakeroot"
    [ -z "$missing" ] || fail "a .deb needs:$missing — on Debian/Ubuntu: apt-get install -y dpkg fakeroot"
  fi
}

# --- Maven: the products' jars and the staged dependency jars ----------------------------------------------
maven_build() {
  step "Maven: build the client and server, stage their jars (./mvnw -q -B -DskipTests -Pinstallers package)"
  ./mvnw -q -B -DskipTests -Pinstallers -Dinstallers.jpackage.skip=true package -pl installers -am
}

stage_server() {
  local jar=hotline-server/target/hotline-server.jar plain=hotline-server/target/hotline-server-$version.jar
  [ -f "$jar" ] && [ -f "$plain" ] || fail "$jar or $plain is missing: run without --no-maven"
  rm -rf "$stage/server-input"
  mkdir -p "$stage/server-input"
  cp -p "$jar" "$stage/server-input/"
}

check_staged() {
  ls "$stage"/client-javafx/javafx-graphics-*-linux.jar >/dev/null 2>&1 \
    || fail "JavaFX jars not staged in $stage/client-javafx: run without --no-maven, or with -Pinstallers"
  [ -f "$stage/client-input/operator-client-$version.jar" ] \
    || fail "client jars not staged in $stage/client-input: run without --no-maven, or with -Pinstallers"
}

# --- jpackage ----------------------------------------------------------------------------------------------
app_image() { # name, image args file
  local name=$1 image_args=$2 t0=$SECONDS
  step "app-image $name: jlink + jpackage"
  rm -rf "${images:?}/$name"
  mkdir -p "$images"
  "$JPACKAGE" --type app-image --dest "$images" @"$args/common.args" @"$args/$image_args"
  step "app-image $name: done in $((SECONDS - t0)) s, $(du -sh "$images/$name" | cut -f1) in $images/$name"
}

deb() { # name, deb args file
  local name=$1 deb_args=$2 t0=$SECONDS
  step "deb $name: jpackage --type deb from $images/$name"
  mkdir -p "$debs"
  rm -f "$debs/$(grep -- '--linux-package-name' "$args/$deb_args" | awk '{print $2}')"_*.deb
  "$JPACKAGE" --app-image "$images/$name" --dest "$debs" @"$args/common.args" @"$args/deb.args" @"$args/$deb_args"
  step "deb $name: done in $((SECONDS - t0)) s"
}

check_modules() { # name, jars of our own code: every JDK module they use must be in the linked runtime
  local name=$1 have needed missing="" m
  shift
  have=" $(sed -n 's/^MODULES="\(.*\)"/\1/p' "$images/$name/lib/runtime/release") "
  needed="$("$JDEPS" --multi-release 17 --ignore-missing-deps --print-module-deps \
    --module-path "$stage/client-javafx" "$@" | tail -1)"
  for m in ${needed//,/ }; do [[ "$have" == *" $m "* ]] || missing="$missing $m"; done
  [ -z "$missing" ] || fail "the $name runtime lacks$missing, which its classes use: add to --add-modules in $args/"
  step "app-image $name: runtime has every module its classes use ($needed)"
}

images_current() { # name: the image exists and is newer than every staged input
  [ -x "$images/$1/bin/$1" ] && [ -z "$(find "$stage" -newer "$images/$1/bin/$1" -type f -print -quit)" ]
}

check_tools
if $run_maven; then maven_build; fi
check_staged
stage_server

for product in "operator-client client" "hotline-server server"; do
  set -- $product
  if [ "$kind" = deb ] && images_current "$1"; then
    step "app-image $1: up to date"
  else
    app_image "$1" "$2-image.args"
  fi
done
own="$stage/client-input/shared-model-$version.jar $stage/client-input/category-search-$version.jar"
check_modules operator-client "$stage/client-input/operator-client-$version.jar" $own
check_modules hotline-server hotline-server/target/hotline-server-$version.jar $own
if [ "$kind" != app-image ]; then
  deb operator-client client-deb.args
  deb hotline-server server-deb.args
fi

step "finished in $((SECONDS - started)) s:"
find "$images" -mindepth 1 -maxdepth 1 -type d -exec du -sh {} + 2>/dev/null | sed 's/^/  /'
if [ "$kind" != app-image ] && [ -d "$debs" ]; then find "$debs" -name '*.deb' -exec du -sh {} + | sed 's/^/  /'; fi
