#!/bin/sh
# Starts Fuseki with docker/fuseki/config.ttl and HTTP basic auth for every dataset request (Shiro).
# The Shiro file is written at each start from FUSEKI_USER / FUSEKI_PASSWORD, so the secret lives only in the
# environment (compose: .env or a secret), never in the image. /$/ping stays open for the health check; the admin
# functions (/$/...) answer only inside the container (localhost).
set -eu

user="${FUSEKI_USER:-datawijzer}"
password="${FUSEKI_PASSWORD:-}"
if [ -z "$password" ]; then
    echo "FUSEKI_PASSWORD ontbreekt / is missing: set the password the portal uses (DATAWIJZER_STORE_REMOTE_PASSWORD)" >&2
    exit 64
fi
# shiro.ini reads "user = password, role, ..." line by line: a comma, a newline or spaces would change its meaning
case "$user$password" in
    *[,[:space:]]*)
        echo "FUSEKI_USER and FUSEKI_PASSWORD must not contain commas or white space" >&2
        exit 64
        ;;
esac

base="${FUSEKI_BASE:-/opt/fuseki/run}"
mkdir -p "$base"
umask 077
cat > "$base/shiro.ini" <<INI
[main]
plainMatcher = org.apache.shiro.authc.credential.SimpleCredentialsMatcher
iniRealm.credentialsMatcher = \$plainMatcher
localhostFilter = org.apache.jena.fuseki.authz.LocalhostFilter

[users]
$user = $password

[urls]
/\$/ping = anon
/\$/** = localhostFilter
/** = authcBasic
INI

# word splitting of JAVA_OPTS is intended: several JVM flags in one variable
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -jar /opt/fuseki/jena-fuseki-server.jar \
    --config="${FUSEKI_CONFIG:-/opt/fuseki/config.ttl}" --shiro="$base/shiro.ini" --port=3030 --ping "$@"
