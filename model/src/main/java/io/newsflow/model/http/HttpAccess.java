package io.newsflow.model.http;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Checks a request's access token: an {@code Authorization: Bearer} header, or the cookie a browser got
 * from {@link #COOKIE}. Without a configured token every request is allowed (loopback binds only, see
 * {@link HttpSettings}).
 */
public final class HttpAccess {

    /** The cookie that carries the token for a browser (set by the dashboard's {@code ?token=} link). */
    public static final String COOKIE = "newsflow_token";

    private final byte[] token;

    /** Access with this token, or open access for null. */
    public HttpAccess(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a token is required. */
    public boolean required() {
        return token != null;
    }

    /** Whether the request carries the token (always true when none is required). */
    public boolean permits(HttpExchange exchange) {
        if (token == null) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && matches(header.substring(7).trim())) {
            return true;
        }
        List<String> cookies = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String line : cookies) {
            for (String cookie : line.split(";")) {
                String c = cookie.trim();
                if (c.startsWith(COOKIE + "=") && matches(c.substring(COOKIE.length() + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a presented value is the token, compared in constant time. */
    public boolean matches(String presented) {
        return token != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The value of an {@code Authorization} header for calls to other instances, or null. */
    public String bearerHeader() {
        return token == null ? null : "Bearer " + new String(token, StandardCharsets.UTF_8);
    }
}
