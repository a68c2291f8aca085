package io.newsflow.model.http;

import io.newsflow.model.config.ConfigException;
import io.newsflow.model.config.NewsflowConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where a service's HTTP endpoint listens and the access token it asks for.
 *
 * <p>A bind address other than loopback exposes the endpoint to the network, so it is refused without
 * a token: {@code <prefix>.host}, {@code <prefix>.port}, {@code <prefix>.token}.
 *
 * @param host  the bind address; loopback ({@code 127.0.0.1}) by default
 * @param port  the port; 0 picks a free one
 * @param token the bearer token every request but {@code /health} must carry, or null for none
 */
public record HttpSettings(String host, int port, String token) {

    /** The default bind address. */
    public static final String LOOPBACK = "127.0.0.1";

    public HttpSettings {
        token = token == null || token.isBlank() ? null : token.trim();
        if (port < 0 || port > 65535) {
            throw new ConfigException("HTTP port must be between 0 and 65535, was " + port);
        }
    }

    /**
     * The settings under {@code prefix}; refuses a non-loopback bind address without a token.
     *
     * @param config      the configuration
     * @param prefix      e.g. {@code aggregate.http} or {@code enrich.metrics}
     * @param defaultPort the port when {@code <prefix>.port} is unset
     */
    public static HttpSettings from(NewsflowConfig config, String prefix, int defaultPort) {
        HttpSettings settings = new HttpSettings(config.get(prefix + ".host", LOOPBACK),
                config.getInt(prefix + ".port", defaultPort), config.get(prefix + ".token", null));
        if (!settings.loopback() && settings.token() == null) {
            throw new ConfigException(prefix + ".host is " + settings.host() + ", not loopback: set an access token in "
                    + prefix + ".token (" + NewsflowConfig.variableOf(prefix + ".token") + ") or bind to " + LOOPBACK);
        }
        return settings;
    }

    /** Whether the bind address only accepts connections from this machine. */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new ConfigException("cannot resolve HTTP bind address " + host);
        }
    }
}
