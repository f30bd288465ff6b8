# Sourced by build-exporter.sh: picks a JDK 21+ (the release Zeebe 8.5 brokers run) into ZEEBE_JAVA_HOME.
if [[ -z "${ZEEBE_JAVA_HOME:-}" ]]; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
    /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
    if [[ -x "$candidate/bin/java" ]]; then ZEEBE_JAVA_HOME="$candidate"; break; fi
  done
fi
if [[ -z "${ZEEBE_JAVA_HOME:-}" ]]; then
  echo "no JDK 21+ found (set ZEEBE_JAVA_HOME)" >&2
  exit 1
fi
export ZEEBE_JAVA_HOME
