vcl 4.1;

# Varnish in front of Factdesk (docs/deploy.md, "Behind Varnish"). Needs Varnish 6 or later and vmod_xkey (Debian:
# `apt-get install varnish varnish-modules`). What it keeps is what the app says it may keep:
# - only answers with a Surrogate-Key (the app's public answers to signed-out readers, server/sharedCaching.ts) and
#   the build's immutable files under /_next/static/; everything else, pages rendered with a CSP nonce included, is
#   passed through and never stored;
# - staff pages, sign-in, the app's own navigations and anything sent with a session cookie are never looked up or
#   stored; other cookies are dropped on public paths (no public answer depends on them);
# - query parameters the path's answer does not read are removed and the rest sorted, so `?utm_source=…` or a random
#   parameter makes no new cache entry and never reaches the app (keep the rules equal to READER_QUERY_PARAMETERS in
#   lib/web/publicCache.ts: tests/unit/varnishConfig.test.ts checks);
# - the app purges by key after each change (PURGE_URL=http://this-varnish:6081/): `PURGE` with an `xkey-purge`
#   header from an address in the `purgers` ACL removes every object carrying one of the keys (a hard purge: nothing
#   purged is served stale, not even in grace).
#
# Set the backend to the app (or a director over several instances), and the purgers ACL to the app's addresses.
# Start the app with TRUSTED_PROXIES set to this Varnish's address, so it believes the X-Forwarded-For set here.

import std;
import xkey;

backend default {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/api/health";
        .interval = 5s;
        .timeout = 2s;
        .window = 3;
        .threshold = 2;
        # Healthy from the start: readers are not turned away for the first probes when the app is already up.
        .initial = 2;
    }
}

# Who may purge: the app's instances.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        } elsif (req.http.xkey) {
            set req.http.n-gone = xkey.purge(req.http.xkey);
        } else {
            return (synth(400, "Name the keys to purge in an xkey-purge header"));
        }
        return (synth(200, "Purged " + req.http.n-gone + " objects"));
    }
    # Two schemes, two copies (vcl_hash): any other value a client sends would make a new copy of every page.
    if (req.http.X-Forwarded-Proto ~ "(?i)^https$") {
        set req.http.X-Forwarded-Proto = "https";
    } else {
        unset req.http.X-Forwarded-Proto;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff pages, sign-in and what follows it, a mail's unsubscribe link (its token is in the query, which would be
    # stripped below), the operator's backup: never from the cache.
    if (req.url ~ "^/(desk|admin|login|set-password|mail|api/auth|api/operations|api/health)(/|\?|$)") {
        return (pass);
    }
    # A session (even a stale one): the app answers per person.
    if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token") {
        return (pass);
    }
    # The app's own navigations and prefetches: their payload depends on the client's router state.
    if (req.http.RSC || req.http.Next-Action || req.http.Next-Router-State-Tree || req.http.Next-Router-Prefetch) {
        return (pass);
    }
    # No public answer depends on a cookie.
    unset req.http.Cookie;
    if (req.url ~ "\?") {
        # Keep only the parameters the path's answer reads (READER_QUERY_PARAMETERS: the same paths in the same
        # order), then sort them; every other address loses its query string.
        if (req.url ~ "^/(corrections)?\?") {
            set req.url = regsuball(req.url, "([?&])(?!(?:page)(?:=|&|$))[^&]*", "\1");
        } elsif (req.url ~ "^/search\?") {
            set req.url = regsuball(req.url, "([?&])(?!(?:q|verdict)(?:=|&|$))[^&]*", "\1");
        } elsif (req.url ~ "^/articles/[^/?]+/versions/compare\?") {
            set req.url = regsuball(req.url, "([?&])(?!(?:from|to)(?:=|&|$))[^&]*", "\1");
        } elsif (req.url ~ "^/api/v1/articles\?") {
            set req.url = regsuball(req.url, "([?&])(?!(?:page|perPage)(?:=|&|$))[^&]*", "\1");
        } elsif (req.url ~ "^/api/v1/articles/[^/?]+\?") {
            set req.url = regsuball(req.url, "([?&])(?!(?:version)(?:=|&|$))[^&]*", "\1");
        } elsif (req.url ~ "^/api/v1/claim-reviews\?") {
            set req.url = regsuball(req.url, "([?&])(?!(?:page|perPage|since|until)(?:=|&|$))[^&]*", "\1");
        } elsif (req.url ~ "^/api/oembed\?") {
            set req.url = regsuball(req.url, "([?&])(?!(?:format|maxheight|maxwidth|url)(?:=|&|$))[^&]*", "\1");
        } else {
            set req.url = regsub(req.url, "\?.*$", "");
        }
        set req.url = regsuball(req.url, "&{2,}", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]+$", "");
        set req.url = std.querysort(req.url);
    }
    # Stale answers (within grace) are served while a fresh one is fetched; a day of them while the app is down.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }
    return (hash);
}

# The app answers http and https differently (HSTS and upgrade-insecure-requests on https only) and believes the
# X-Forwarded-Proto that reaches it through here: one scheme's answer is never served for the other. Without it, a
# client sending its own X-Forwarded-Proto: https over plain http could have every reader served a page that upgrades
# its styles and scripts to an https that is not there. The built-in vcl_hash then adds the URL and the host.
sub vcl_hash {
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Key && !beresp.http.Set-Cookie && beresp.http.Content-Security-Policy !~ "'nonce-") {
        # vmod_xkey indexes the object under each key of its xkey header.
        set beresp.http.xkey = beresp.http.Surrogate-Key;
        set beresp.grace = 24h;
    } elsif (bereq.url ~ "^/_next/static/" && beresp.status == 200) {
        # Content-addressed build files: the app says immutable.
    } else {
        # Anything else is passed on and not kept; a brief hit-for-miss lets the next answer for this address be
        # stored when it is shareable (a page is, once the app serves it from its own cache).
        set beresp.uncacheable = true;
        set beresp.ttl = 1s;
        return (deliver);
    }
}

sub vcl_deliver {
    # The keys are for caches, not for readers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
