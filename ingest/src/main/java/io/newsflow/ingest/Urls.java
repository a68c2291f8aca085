package io.newsflow.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * URL canonicalization before URLs are compared or hashed into ids: lower-case scheme and host, no
 * default port, no fragment, no tracking parameters, and the regular page for an AMP variant (an {@code amp.}
 * host, an {@code /amp} path segment, an {@code .amp} suffix before the extension, or an {@code amp} parameter).
 */
public final class Urls {

    private static final Pattern AMP_SEGMENT = Pattern.compile("/amp(?=/|$)/?");
    private static final Pattern AMP_SUFFIX = Pattern.compile("\\.amp(\\.html?)?$");

    private Urls() {
    }

    /** The canonical form of a URL, or the URL unchanged when it does not parse. */
    public static String canonical(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url.strip();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : withoutAmp(uri.getRawPath());
            String query = uri.getRawQuery() == null ? null : withoutTracking(uri.getRawQuery());
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("amp.") && host.indexOf('.', 4) > 0 ? host.substring(4) : host;
            return scheme + "://" + host + (port < 0 || defaultPort ? "" : ":" + port)
                    + path + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }

    private static String withoutAmp(String path) {
        String plain = AMP_SEGMENT.matcher(path).replaceAll("/");
        plain = AMP_SUFFIX.matcher(plain).replaceAll("$1");
        return plain.length() > 1 && path.length() > plain.length() && plain.endsWith("/") && !path.endsWith("/")
                ? plain.substring(0, plain.length() - 1) : plain;
    }

    private static String withoutTracking(String query) {
        return Arrays.stream(query.split("&"))
                .filter(pair -> !isTracking(pair.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || name.equals("amp") || name.equals("outputtype") || name.equals("_ga")
                || name.equals("igshid") || name.equals("mkt_tok") || name.equals("msclkid") || name.equals("yclid")
                || name.equals("dclid") || name.equals("twclid") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid") || name.equals("ocid") || name.equals("cmpid");
    }
}
