# shellcheck shell=bash disable=SC2034
# Finds a JDK of at least version 21 for the `debrief` launcher and for ./mvnw.
# Source it, then call `debrief_find_jdk`; it needs bash and nothing else.
#
# Order: $JAVA_HOME if it is 21+, else the `java` on PATH if it is 21+, else the
# newest 21+ found under /usr/lib/jvm, /opt/java*, ~/.sdkman, ~/.jdks and
# /Library/Java/JavaVirtualMachines (macOS: also /usr/libexec/java_home).
#
# On success it returns 0 and sets:
#   DEBRIEF_JAVA_HOME     the JDK's home folder (use it as JAVA_HOME)
#   DEBRIEF_JAVA          its bin/java
#   DEBRIEF_JAVA_MAJOR    e.g. 25
#   DEBRIEF_JAVA_VERSION  e.g. 25.0.1+8-LTS (the runtime version; used in cache names)
# On failure it prints the reason to stderr and returns 2.

DEBRIEF_MIN_JAVA=21

# _debrief_major VERSION -> prints the feature release: "17.0.15" -> 17,
# "21" -> 21, "25.0.1+8-LTS" -> 25, "21-ea" -> 21, "1.8.0_392" -> 8.
_debrief_major() {
  local v=$1
  case $v in 1.[0-9]*) v=${v#1.} ;; esac
  v=${v%%[!0-9]*}
  printf '%s' "${v:-0}"
}

# _debrief_probe HOME -> sets _probe_version (runtime version) or returns 1.
# Reads HOME/release (fast, no JVM start); falls back to `java -version`.
_debrief_probe() {
  local home=$1 line v='' rt=''
  _probe_version=''
  [ -x "$home/bin/java" ] || return 1
  if [ -r "$home/release" ]; then
    while IFS= read -r line; do
      case $line in
        JAVA_RUNTIME_VERSION=*) rt=${line#*=} ;;
        JAVA_VERSION=*) v=${line#*=} ;;
      esac
    done <"$home/release"
    rt=${rt//\"/} v=${v//\"/}
  fi
  if [ -z "$v" ]; then
    # `java -version` prints e.g.
    #   openjdk version "21.0.5" 2024-10-15 LTS
    #   OpenJDK Runtime Environment Temurin-21.0.5+11 (build 21.0.5+11-LTS)
    # (possibly after a "Picked up JAVA_TOOL_OPTIONS" line); old ones say java version "1.8.0_392".
    local out
    out=$("$home/bin/java" -version 2>&1 </dev/null) || true
    while IFS= read -r line; do
      case $line in
        *' version "'*)
          [ -n "$v" ] || { v=${line#*version \"}; v=${v%%\"*}; } ;;
        *'(build '*)
          [ -n "$rt" ] || { rt=${line##*(build }; rt=${rt%%)*}; } ;;
      esac
    done <<<"$out"
  fi
  [ -n "$v" ] || return 1
  _probe_version=${rt:-$v}
  _probe_major=$(_debrief_major "$v")
  return 0
}

# _debrief_realpath PATH -> prints PATH with every symlink resolved.
_debrief_realpath() {
  readlink -f "$1" 2>/dev/null && return 0
  local p=$1 d                           # no readlink -f (old macOS): resolve by hand
  while [ -L "$p" ]; do
    d=$(dirname "$p"); p=$(readlink "$p")
    case $p in /*) ;; *) p=$d/$p ;; esac
  done
  d=$(cd -P "$(dirname "$p")" 2>/dev/null && pwd) || return 1
  printf '%s\n' "$d/${p##*/}"
}

# _debrief_home_of_path_java -> prints the real home of the `java` on PATH.
_debrief_home_of_path_java() {
  local j d
  j=$(command -v java 2>/dev/null) || return 1
  j=$(_debrief_realpath "$j") || return 1   # /usr/bin/java -> /etc/alternatives/java -> .../bin/java
  d=${j%/bin/java}
  if [ "$d" != "$j" ] && [ -n "$d" ] && [ "$d" != /usr ] && [ -x "$d/bin/java" ]; then
    printf '%s' "$d"
    return 0
  fi
  # A stub such as macOS's /usr/bin/java: ask the JVM where it lives.
  java -XshowSettings:properties -version 2>&1 </dev/null |
    sed -n 's/^ *java\.home = //p' | head -n 1
}

debrief_find_jdk() {
  local seen='' probed='' home best='' best_major=0 best_version='' cand
  DEBRIEF_JAVA_HOME='' DEBRIEF_JAVA='' DEBRIEF_JAVA_MAJOR='' DEBRIEF_JAVA_VERSION=''

  _debrief_accept() {
    DEBRIEF_JAVA_HOME=$1 DEBRIEF_JAVA=$1/bin/java
    DEBRIEF_JAVA_MAJOR=$2 DEBRIEF_JAVA_VERSION=$3
  }

  # 1. JAVA_HOME
  if [ -n "${JAVA_HOME:-}" ]; then
    home=${JAVA_HOME%/}
    probed+=" $home"
    if _debrief_probe "$home"; then
      if [ "$_probe_major" -ge "$DEBRIEF_MIN_JAVA" ]; then
        _debrief_accept "$home" "$_probe_major" "$_probe_version"; return 0
      fi
      seen+="${seen:+; }JAVA_HOME=$home is Java $_probe_major"
    else
      seen+="${seen:+; }JAVA_HOME=$home has no working bin/java"
    fi
  fi

  # 2. java on PATH
  if command -v java >/dev/null 2>&1; then
    home=$(_debrief_home_of_path_java)
    probed+=" $home"
    if [ -n "$home" ] && _debrief_probe "$home"; then
      if [ "$_probe_major" -ge "$DEBRIEF_MIN_JAVA" ]; then
        _debrief_accept "$home" "$_probe_major" "$_probe_version"; return 0
      fi
      seen+="${seen:+; }java on PATH ($home) is Java $_probe_major"
    else
      seen+="${seen:+; }java on PATH ($(command -v java)) could not be identified"
    fi
  fi

  # 3. well-known install folders: keep the newest 21+.
  local -a cands=()
  for cand in /usr/lib/jvm/* /opt/java* /opt/java*/* /usr/local/lib/jvm/* \
              "${HOME:-/nonexistent}"/.sdkman/candidates/java/* "${HOME:-/nonexistent}"/.jdks/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$cand/bin/java" ] || continue
    if [ -L "$cand" ]; then                 # maybe a symlinked twin of another entry
      cand=$(_debrief_realpath "$cand") || continue
    fi
    case " ${cands[*]-} " in *" $cand "*) continue ;; esac
    cands+=("$cand")
  done
  if [ -x /usr/libexec/java_home ]; then
    cand=$(/usr/libexec/java_home -v "$DEBRIEF_MIN_JAVA+" 2>/dev/null) && [ -n "$cand" ] && cands+=("$cand")
  fi
  for cand in ${cands[@]+"${cands[@]}"}; do
    case " $probed " in *" $cand "*) continue ;; esac   # JAVA_HOME or PATH's: too old
    _debrief_probe "$cand" || continue
    if [ "$_probe_major" -lt "$DEBRIEF_MIN_JAVA" ]; then
      seen+="${seen:+; }$cand is Java $_probe_major"
      continue
    fi
    if [ "$_probe_major" -gt "$best_major" ]; then
      best=$cand best_major=$_probe_major best_version=$_probe_version
    fi
  done
  if [ -n "$best" ]; then
    _debrief_accept "$best" "$best_major" "$best_version"; return 0
  fi

  printf 'debrief needs Java %s or newer; found: %s. Install a JDK %s+ or set JAVA_HOME.\n' \
    "$DEBRIEF_MIN_JAVA" "${seen:-no Java at all}" "$DEBRIEF_MIN_JAVA" >&2
  return 2
}
